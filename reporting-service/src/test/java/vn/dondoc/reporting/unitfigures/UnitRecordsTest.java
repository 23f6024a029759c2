package vn.dondoc.reporting.unitfigures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.reporting.ReportingHttpTest;

/** The hand-built reads give back exactly what Spring Data's mapping wrote, nulls included. */
class UnitRecordsTest extends ReportingHttpTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MongoOperations mongo;

    private final String unit = "R" + UUID.randomUUID().toString().substring(0, 6) + ".VP";

    @Test
    void readsAUnitsAssignedTasksAndLifecycleFactsAsTheMappingWroteThem() {
        List<AssignedTask> tasks = List.of(
                new AssignedTask(unit + "/A1", unit, AssignmentRole.LEAD, "plan-1", "2.5", LocalDate.of(2026, 12, 31),
                        "event-1", LocalDate.of(2026, 1, 1), "FIXED_DEADLINE"),
                new AssignedTask(unit + "/A2", unit, AssignmentRole.COORDINATOR, null, null, null, null, null, null));
        List<LifecycleFact> facts = List.of(
                LifecycleFact.of("event-2-" + unit, unit + "/A1", unit, LifecycleFact.Kind.RESULT_ACCEPTED,
                        Instant.parse("2026-11-30T17:30:00.123Z"), VIETNAM, LocalDate.of(2026, 11, 30)),
                LifecycleFact.roleChanged("event-3-" + unit, unit + "/A2", unit, AssignmentRole.LEAD,
                        Instant.parse("2026-12-01T02:00:00Z"), VIETNAM));
        tasks.forEach(mongo::insert);
        facts.forEach(mongo::insert);
        mongo.insert(new AssignedTask("other/A9", "OTHER", AssignmentRole.LEAD, "plan-1", "1", null, null, null, null));

        UnitRecords records = new UnitRecords(mongo);

        assertThat(records.assignedTasks(unit)).containsExactlyInAnyOrderElementsOf(tasks)
                .containsExactlyInAnyOrderElementsOf(mongo.find(unitOnly(), AssignedTask.class));
        assertThat(records.lifecycleFacts(unit)).containsExactlyInAnyOrderElementsOf(facts)
                .containsExactlyInAnyOrderElementsOf(mongo.find(unitOnly(), LifecycleFact.class));
    }

    private Query unitOnly() {
        return Query.query(Criteria.where("unitCode").is(unit));
    }
}
