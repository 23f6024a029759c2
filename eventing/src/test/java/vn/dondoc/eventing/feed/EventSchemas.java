package vn.dondoc.eventing.feed;

import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;
import vn.dondoc.contracts.EventKind;

/**
 * The JSON Schema (2020-12) of each event's data, written from the record: its fields in order, the
 * required ones as the record's constructor requires them, the optional ones nullable, dates and
 * instants as the formats {@code date} and {@code date-time}, descriptions from the record's Javadoc.
 * Unknown fields are allowed: contracts only grow.
 */
final class EventSchemas {

    /** What the fields every event carries mean, where a record does not say it itself. */
    private static final Map<String, String> COMMON_FIELDS = Map.ofEntries(
            Map.entry("eventId", "The event's id, also its CloudEvents id (ce_id): deduplicate on it."),
            Map.entry("occurredAt", "When it happened (UTC)."),
            Map.entry("assignmentId", "The assignment: planId:taskId:unitCode, with :instanceKey for one instance of a recurring or event-driven task."),
            Map.entry("planId", "The plan (Kế hoạch)."),
            Map.entry("planNumber", "The plan's number and symbol, e.g. 257/KH-SKHCN."),
            Map.entry("taskId", "The task of the plan."),
            Map.entry("taskNumber", "The task's row number as printed in the plan, e.g. 2.3.3."),
            Map.entry("taskContent", "The task as written in the plan."),
            Map.entry("unitCode", "The unit (phòng, đơn vị) concerned, e.g. SKHCN.VP."),
            Map.entry("departmentCode", "The department (Sở), e.g. SKHCN."),
            Map.entry("actor", "Who did it: the user's name, or system."),
            Map.entry("number", "The plan's number and symbol, e.g. 257/KH-SKHCN."),
            Map.entry("title", "The title as written."));

    private final SchemaGenerator generator;

    EventSchemas() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON).with(Option.EXTRA_OPEN_API_FORMAT_VALUES)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields()
                .withRequiredCheck(field -> SampleEvents.requiredFields(owner(field)).contains(field.getDeclaredName()))
                .withNullableCheck(field -> !field.getType().getErasedType().isPrimitive()
                        && field.getType().getErasedType() != List.class
                        && !SampleEvents.requiredFields(owner(field)).contains(field.getDeclaredName()))
                .withDescriptionResolver(EventSchemas::description);
        config.forTypesInGeneral()
                .withPropertySorter((a, b) -> 0)
                .withDescriptionResolver(scope -> scope.getType().getErasedType().isRecord()
                        && scope.getType().getErasedType().getPackageName().equals(EventKind.class.getPackageName())
                        ? blankToNull(ContractJavadoc.of(scope.getType().getErasedType()).summary()) : null);
        this.generator = new SchemaGenerator(config.build());
    }

    /** The schema of one event type, with its {@code $id} (= the events' dataschema) and title. */
    ObjectNode of(EventKind kind) {
        ObjectNode generated = generator.generateSchema(kind.payload());
        ObjectNode schema = generated.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", id(kind));
        schema.put("title", kind.type());
        schema.setAll(generated);
        return schema;
    }

    static String id(EventKind kind) {
        return kind.dataschema();
    }

    private static Class<?> owner(FieldScope field) {
        return field.getDeclaringType().getErasedType();
    }

    private static String description(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return null;
        }
        String documented = ContractJavadoc.of(owner(field)).params().get(field.getDeclaredName());
        return documented != null ? documented : COMMON_FIELDS.get(field.getDeclaredName());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
