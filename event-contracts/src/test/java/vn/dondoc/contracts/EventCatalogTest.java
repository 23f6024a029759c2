package vn.dondoc.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void everyEventClassOfTheContractIsPairedExactlyOnce() throws Exception {
        List<Class<?>> paired = EventCatalog.all().stream().<Class<?>>map(EventKind::payload).toList();

        assertThat(paired).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(eventClasses());
    }

    @Test
    void noTwoClassesShareATypeAndEveryTopicAndTypeIsADeclaredOne() throws Exception {
        List<String> types = EventCatalog.all().stream().map(EventKind::type).toList();

        assertThat(types).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(constants(EventTypes.class));
        assertThat(EventCatalog.all()).extracting(EventKind::topic).isSubsetOf(constants(Topics.class));
    }

    @Test
    void everyKeyIsATextFieldOfItsEventAndEveryWriterAService() {
        assertThat(EventCatalog.all()).allSatisfy(kind -> {
            assertThat(Arrays.stream(kind.payload().getRecordComponents())
                    .filter(component -> component.getType() == String.class)
                    .map(java.lang.reflect.RecordComponent::getName))
                    .as("key of %s", kind.type()).contains(kind.key());
            assertThat(kind.writer()).matches("[a-z]+-service");
        });
    }

    @Test
    void anEventIsLookedUpByItsClassAndATypeByItsName() {
        PlanWithdrawn event = new PlanWithdrawn("e-1", Instant.EPOCH, "p-1", "12/KH-SKHCN", "SKHCN", "nhầm");

        assertThat(EventCatalog.of(event)).isEqualTo(
                new EventKind(PlanWithdrawn.class, Topics.PLAN_WITHDRAWN, EventTypes.PLAN_WITHDRAWN, "plan-service",
                        "planId"));
        assertThat(EventTypes.payloadOf(EventTypes.PLAN_WITHDRAWN)).isEqualTo(PlanWithdrawn.class);
        assertThat(EventTypes.payloadOf("vn.dondoc.unknown.v1")).isNull();
        assertThatThrownBy(() -> EventCatalog.of(new Unlisted("e-2", Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unlisted");
    }

    /** The concrete {@link IntegrationEvent} classes compiled into this package. */
    private static List<Class<?>> eventClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(IntegrationEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path folder = classes.resolve(IntegrationEvent.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".class"))
                    .<Class<?>>map(name -> load(IntegrationEvent.class.getPackageName() + "." + name.replace(".class", "")))
                    .filter(type -> IntegrationEvent.class.isAssignableFrom(type) && !type.isInterface()
                            && !Modifier.isAbstract(type.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(EventCatalogTest::value).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Unlisted(String eventId, Instant occurredAt) implements IntegrationEvent {
    }
}
