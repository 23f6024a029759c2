package vn.dondoc.reporting.unitfigures;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.dondoc.contracts.AssignmentRole;

/**
 * Unit counts with each assignment in the role it holds now: the role of {@code task-assigned}
 * unless a later {@code task-assignment-changed} moved it (the latest change by time wins, whatever
 * order the events arrived in). Role changes are rare, so only the changed assignments are read.
 */
final class CurrentRoles {

    private final MongoOperations mongo;

    CurrentRoles(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The counts of these units with their changed assignments moved to their current role. */
    List<UnitCounts> applyTo(List<UnitCounts> counted, List<String> unitCodes) {
        Criteria changes = where("unitCode").in(unitCodes).and("kind").is(LifecycleFact.Kind.ROLE_CHANGED.name());
        Map<String, AssignmentRole> now = mongo.find(Query.query(changes), LifecycleFact.class).stream()
                .collect(Collectors.groupingBy(LifecycleFact::assignmentId, Collectors.collectingAndThen(
                        Collectors.maxBy(Comparator.comparing(LifecycleFact::occurredAt)
                                .thenComparing(LifecycleFact::eventId)),
                        latest -> latest.orElseThrow().role())));
        if (now.isEmpty()) {
            return counted;
        }
        Map<String, UnitCounts> byUnit = counted.stream()
                .collect(Collectors.toMap(UnitCounts::unitCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (AssignedTask task : mongo.find(Query.query(where("_id").in(now.keySet())), AssignedTask.class)) {
            AssignmentRole role = now.get(task.assignmentId());
            UnitCounts counts = byUnit.get(task.unitCode());
            if (counts != null && role != null && role != task.role()) {
                long toLead = role == AssignmentRole.LEAD ? 1 : -1;
                byUnit.put(task.unitCode(), new UnitCounts(counts.unitCode(), counts.assignments(),
                        counts.lead() + toLead, counts.coordinator() - toLead));
            }
        }
        return List.copyOf(byUnit.values());
    }
}
