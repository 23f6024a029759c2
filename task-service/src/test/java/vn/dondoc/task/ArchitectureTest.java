package vn.dondoc.task;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.dondoc.task.architecture.fixture.inside.web.InsideOnly;
import vn.dondoc.task.architecture.fixture.outside.ReachesInside;
import vn.dondoc.eventing.testing.ArchitectureRules;

/**
 * The rules every service keeps ({@link ArchitectureRules}), and task-service's features: they depend
 * on each other without cycles and only through each other's public top level — a feature's
 * sub-packages ({@code web}, {@code messaging}) and package-private classes are its own.
 */
class ArchitectureTest {

    private static final String SERVICE = "vn.dondoc.task";

    private static final JavaClasses CLASSES = ArchitectureRules.productionClasses();

    /** The features, each a package under {@value #SERVICE} with its sub-packages. */
    private static final ArchRule FEATURES_WITHOUT_CYCLES = slices().matching(SERVICE + ".(*)..")
            .should().beFreeOfCycles()
            .as("the features of task-service (plan, assignment, access, status, lists, planning, deadline, web,"
                    + " security) depend on each other without cycles");

    private static final ArchRule FEATURES_USE_EACH_OTHERS_PUBLIC_TOP_LEVEL = classes()
            .that().resideInAPackage(SERVICE + ".*..")
            .should(useOtherFeaturesOnlyThroughTheirPublicTopLevel(SERVICE))
            .as("a feature uses another feature only through the public classes of its top-level package");

    @TestFactory
    Stream<DynamicTest> keepsTheDomainFreeOfHttpAndKafkaAndTheFeaturesFreeOfCycles() {
        return Stream.concat(ArchitectureRules.forService(SERVICE).stream(),
                        Stream.of(FEATURES_WITHOUT_CYCLES, FEATURES_USE_EACH_OTHERS_PUBLIC_TOP_LEVEL))
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(CLASSES)));
    }

    @Test
    void theFeatureRuleCatchesAFeatureThatReachesIntoAnothersSubPackage() {
        String root = "vn.dondoc.task.architecture.fixture";
        JavaClasses fixture = new ClassFileImporter().importClasses(ReachesInside.class, InsideOnly.class);
        ArchRule rule = classes().that().resideInAPackage(root + ".*..")
                .should(useOtherFeaturesOnlyThroughTheirPublicTopLevel(root));

        assertThatThrownBy(() -> rule.check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachesInside").hasMessageContaining("(inside feature inside)");
    }

    private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughTheirPublicTopLevel(String root) {
        return new ArchCondition<>("use other features only through their public top level") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = featureOf(root, origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String to = featureOf(root, target.getPackageName());
                    if (to == null || to.equals(from)) {
                        continue;
                    }
                    boolean topLevel = target.getPackageName().equals(root + "." + to);
                    boolean visible = target.getModifiers().contains(JavaModifier.PUBLIC);
                    if (!topLevel || !visible) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + (topLevel ? " (not public)" : " (inside feature " + to + ")")));
                    }
                }
            }
        };
    }

    /** The feature a package belongs to ({@code vn.dondoc.task.planning.messaging} → planning), or null. */
    private static String featureOf(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return null;
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
