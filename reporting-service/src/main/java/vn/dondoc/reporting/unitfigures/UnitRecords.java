package vn.dondoc.reporting.unitfigures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.dondoc.contracts.AssignmentRole;

/**
 * A unit's assigned tasks and lifecycle facts, read as plain documents and built field by field.
 * With thousands of assignments per unit, Spring Data's entity mapping (reflection per property,
 * per document) took about as long as the store itself; dates still go through the converter's
 * own conversions, so they read back exactly as the mapping wrote them.
 */
final class UnitRecords {

    private final MongoOperations mongo;
    private final ConversionService conversions;

    UnitRecords(MongoOperations mongo) {
        this.mongo = mongo;
        this.conversions = mongo.getConverter().getConversionService();
    }

    List<AssignedTask> assignedTasks(String unitCode) {
        return mongo.getCollection(mongo.getCollectionName(AssignedTask.class)).find(new Document("unitCode", unitCode))
                .map(this::assignedTask).into(new ArrayList<>());
    }

    List<LifecycleFact> lifecycleFacts(String unitCode) {
        return mongo.getCollection(mongo.getCollectionName(LifecycleFact.class)).find(new Document("unitCode", unitCode))
                .map(this::lifecycleFact).into(new ArrayList<>());
    }

    List<AssignedTask> assignedTasksOfPlans(Collection<String> planIds) {
        return mongo.getCollection(mongo.getCollectionName(AssignedTask.class))
                .find(new Document("planId", new Document("$in", List.copyOf(planIds))))
                .map(this::assignedTask).into(new ArrayList<>());
    }

    List<AssignedTask> assignedTasksById(Collection<String> assignmentIds) {
        return mongo.getCollection(mongo.getCollectionName(AssignedTask.class))
                .find(new Document("_id", new Document("$in", List.copyOf(assignmentIds))))
                .map(this::assignedTask).into(new ArrayList<>());
    }

    List<LifecycleFact> lifecycleFactsOf(Collection<String> assignmentIds) {
        return mongo.getCollection(mongo.getCollectionName(LifecycleFact.class))
                .find(new Document("assignmentId", new Document("$in", List.copyOf(assignmentIds))))
                .map(this::lifecycleFact).into(new ArrayList<>());
    }

    private AssignedTask assignedTask(Document stored) {
        return new AssignedTask(stored.getString("_id"), stored.getString("unitCode"),
                constant(AssignmentRole.class, stored.getString("role")), stored.getString("planId"),
                stored.getString("taskId"), value(stored, "dueDate", LocalDate.class), stored.getString("sourceEventId"),
                value(stored, "assignedOn", LocalDate.class), stored.getString("timeframeKind"),
                stored.getString("instanceKey"));
    }

    private LifecycleFact lifecycleFact(Document stored) {
        return new LifecycleFact(stored.getString("_id"), stored.getString("assignmentId"), stored.getString("unitCode"),
                constant(LifecycleFact.Kind.class, stored.getString("kind")), value(stored, "occurredAt", Instant.class),
                value(stored, "occurredOn", LocalDate.class), value(stored, "date", LocalDate.class),
                constant(AssignmentRole.class, stored.getString("role")));
    }

    private <T> T value(Document stored, String field, Class<T> type) {
        Object value = stored.get(field);
        return value == null ? null : conversions.convert(value, type);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
