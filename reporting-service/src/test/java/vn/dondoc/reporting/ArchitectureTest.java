package vn.dondoc.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.dondoc.eventing.testing.ArchitectureRules;

class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.productionClasses();

    @TestFactory
    Stream<DynamicTest> keepsTheDomainFreeOfHttpAndKafkaAndTheFeaturesFreeOfCycles() {
        return ArchitectureRules.forService("vn.dondoc.reporting").stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(CLASSES)));
    }
}
