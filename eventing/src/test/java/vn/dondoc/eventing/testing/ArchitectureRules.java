package vn.dondoc.eventing.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.List;

/**
 * The layering every service keeps (style guide): the domain of a feature knows neither HTTP nor
 * Kafka — those live in its {@code web} and {@code messaging} sub-packages, which do not know each
 * other; features do not depend on each other in a cycle; no grab-bag class names.
 */
public final class ArchitectureRules {

    private static final String[] WEB = {"org.springframework.web.bind..", "org.springframework.web.servlet..",
        "org.springframework.http..", "jakarta.servlet.."};
    private static final String[] MESSAGING = {"org.apache.kafka..", "org.springframework.kafka..",
        "org.springframework.cloud.stream..", "org.springframework.messaging..", "io.cloudevents.."};

    private ArchitectureRules() {
    }

    /** The production classes of the module under test ({@code target/classes}; Surefire runs in the module). */
    public static JavaClasses productionClasses() {
        return new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    /** Every rule, for the service whose root package is servicePackage ({@code vn.dondoc.task}). */
    public static List<ArchRule> forService(String servicePackage) {
        return List.of(
                noClasses().that().resideOutsideOfPackages("..web..", "..messaging..", "..security..")
                        .should().dependOnClassesThat().resideInAnyPackage(WEB)
                        .as("the domain knows no HTTP types (they belong in a web package)"),
                noClasses().that().resideOutsideOfPackages("..messaging..")
                        .should().dependOnClassesThat().resideInAnyPackage(MESSAGING)
                        .as("only messaging packages know Kafka, Spring Cloud Stream and CloudEvents"),
                noClasses().that().resideInAPackage("..web..")
                        .should().dependOnClassesThat().resideInAPackage("..messaging..")
                        .allowEmptyShould(true).as("web does not use messaging"),
                noClasses().that().resideInAPackage("..messaging..")
                        .should().dependOnClassesThat().resideInAPackage("..web..")
                        .allowEmptyShould(true).as("messaging does not use web"),
                slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles()
                        .as("features of " + servicePackage + " depend on each other without cycles"),
                noClasses().should().haveSimpleNameEndingWith("Util")
                        .orShould().haveSimpleNameEndingWith("Utils")
                        .orShould().haveSimpleNameEndingWith("Helper")
                        .orShould().haveSimpleNameEndingWith("Manager")
                        .orShould().haveSimpleNameEndingWith("ServiceImpl")
                        .as("no grab-bag classes (*Util, *Helper, *Manager, *ServiceImpl)"));
    }
}
