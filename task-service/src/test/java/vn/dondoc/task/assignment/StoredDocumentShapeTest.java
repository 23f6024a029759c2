package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.plan.PlanCopy;
import vn.dondoc.vocabulary.AssignmentStatus;

/**
 * Deployed data exists: the stored assignment keeps the field names its queries, indexes and
 * conditional updates use, whatever shape the Java types take. The lists below are the documents as
 * stored before the assignment package was split (f047f45).
 */
class StoredDocumentShapeTest {

    static final List<String> ASSIGNMENT_FIELDS = List.of("_id", "planId", "planNumber", "departmentCode", "taskId",
            "taskNumber", "taskContent", "unitCode", "role", "leadUnits", "originalDueDate", "dueDate", "status",
            "assignedAt", "progressPercent", "submittedOn", "resultSummary", "completedOn", "approvedExtensions",
            "pendingExtension", "dueSoonAnnouncedFor", "overdueAnnouncedFor", "history", "pendingEvents", "version",
            "timeframeKind", "instanceKey", "instanceLabel", "unitDepartment", "_class");
    static final List<String> EXTENSION_FIELDS = List.of("requestedDueDate", "reason", "requestedAt", "requestedBy");
    static final List<String> HISTORY_FIELDS = List.of("at", "on", "actor", "action", "detail", "requestId", "eventId",
            "statusAfter", "dueDateAfter", "submittedOn");
    static final List<String> PLAN_FIELDS = List.of("_id", "number", "departmentCode", "planVersion", "withdrawn",
            "withdrawalReason", "coverageStart", "coverageEnd", "reportingPeriods", "tasks", "designations", "version",
            "_class");

    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    private final MongoTemplate mongo = new MongoTemplate(
            MongoClients.create(InMemoryMongo.connectionString()), "document-shape-" + UUID.randomUUID());

    @Test
    void anAssignmentWithEveryFieldSetIsStoredUnderTheFieldNamesItHadBeforeTheSplit() {
        Assignment every = everyFieldSet();

        mongo.insert(every);

        Document stored = mongo.findById(every.id(), Document.class, "assignments");
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(ASSIGNMENT_FIELDS);
        assertThat(stored.getString("_class")).isEqualTo("vn.dondoc.task.assignment.Assignment");
        assertThat(stored.get("pendingExtension", Document.class).keySet())
                .containsExactlyInAnyOrderElementsOf(EXTENSION_FIELDS);
        assertThat(stored.getList("history", Document.class).get(0).keySet())
                .containsExactlyInAnyOrderElementsOf(HISTORY_FIELDS);
        assertThat(mongo.findById(every.id(), Assignment.class)).as("read back whole").usingRecursiveComparison().ignoringFields("version").isEqualTo(every);
    }

    @Test
    void aPlanCopyIsStoredUnderTheFieldNamesItHadBeforeTheSplit() {
        IssuedPlan plan = new IssuedPlan("P-shape", "257/KH-SKHCN", "SKHCN", List.of(new IssuedPlan.Task("T1", "1",
                "Rà soát", List.of("SKHCN.VP"), List.of("SKHCN.CDS"), DAY)), DAY, DAY.plusMonths(10), List.of("QUARTER"));
        PlanCopy copy = PlanCopy.of(plan);
        PlanCopy withdrawn = new PlanCopy(copy.id(), copy.number(), copy.departmentCode(), 1, true, "Thay thế",
                copy.coverageStart(), copy.coverageEnd(), copy.reportingPeriods(), copy.tasks(),
                List.of(new PlanCopy.Designation("T1", List.of("SKHCN.QLKH"), List.of())), null);

        mongo.insert(withdrawn);

        Document stored = mongo.findById(copy.id(), Document.class, "plans");
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(PLAN_FIELDS);
        assertThat(stored.getString("_class")).isEqualTo("vn.dondoc.task.assignment.PlanCopy");
    }

    private static Assignment everyFieldSet() {
        Assignment lead = AnAssignment.lead(DAY.plusMonths(2));
        Instant at = Instant.parse("2026-02-01T03:00:00Z");
        Origin origin = new Origin(lead.origin().planId(), lead.origin().planNumber(), lead.origin().departmentCode(),
                lead.origin().taskId(), lead.origin().unitCode(), at, "RECURRING", "2026-Q1", "Quý I/2026");
        return new Assignment("shape-" + UUID.randomUUID(), origin, lead.terms(),
                new Work(AssignmentStatus.SUBMITTED, 100, DAY, "Xong", DAY.plusDays(1)),
                new Deadline(DAY.plusMonths(1), DAY.plusMonths(2), 1,
                        new ExtensionRequest(DAY.plusMonths(3), "Thêm thời gian", at, "vp.skhcn"), DAY.plusMonths(2),
                        DAY.plusMonths(1)),
                List.of(new HistoryEntry(at, DAY, "vp.skhcn", "SubmitResult", "Xong", "user:vp.skhcn:1", "e-1",
                        AssignmentStatus.SUBMITTED, DAY.plusMonths(2), DAY)),
                lead.pendingEvents(), null);
    }
}
