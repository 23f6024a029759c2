package vn.dondoc.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

/** Which queries the indexes answer by lookup instead of leaving them to a scan of the collection. */
class IndexUseTest {

    private final EqualityIndex<Integer> unitDue = new EqualityIndex<>("unit_due",
            List.of(new IndexKey("unitCode", true), new IndexKey("dueDate", true)), false, DocumentPositions.kept("unit_due"));
    private final EqualityIndex<Integer> pending = new EqualityIndex<>("pending_events",
            List.of(new IndexKey("pendingEvents.0.eventId", true)), true, DocumentPositions.kept("pending_events"));

    @Test
    void aNonUniqueIndexAnswersEqualityOrInOnItsFirstFieldWhateverElseTheQueryAsks() {
        assertThat(unitDue.canHandle(new Document("unitCode", "VP"))).isTrue();
        assertThat(unitDue.canHandle(new Document("unitCode", "VP").append("status",
                new Document("$in", List.of("OPEN"))))).isTrue();
        assertThat(unitDue.canHandle(new Document("unitCode", new Document("$in", List.of("VP", "TTr"))))).isTrue();

        assertThat(unitDue.canHandle(new Document("dueDate", 3))).as("not its first field").isFalse();
        assertThat(unitDue.canHandle(new Document("unitCode", new Document("$ne", "VP")))).isFalse();
        assertThat(unitDue.canHandle(new Document("unitCode", Pattern.compile("^V")))).isFalse();
        assertThat(unitDue.canHandle(new Document("unitCode", null))).isFalse();
        assertThat(unitDue.canHandle(new Document("unitCode", List.of("VP")))).isFalse();
    }

    @Test
    void aRangeOnTheSecondFieldNarrowsTheLookupAlsoInsideAnd() {
        unitDue.add(new Document("_id", "a").append("unitCode", "VP").append("dueDate", 3), 1, null);
        unitDue.add(new Document("_id", "b").append("unitCode", "VP").append("dueDate", 10), 2, null);
        unitDue.add(new Document("_id", "c").append("unitCode", "VP"), 3, null);
        unitDue.add(new Document("_id", "d").append("unitCode", "VP").append("dueDate", List.of(1, 20)), 4, null);
        unitDue.add(new Document("_id", "e").append("unitCode", "TTr").append("dueDate", 3), 5, null);

        Document overdue = new Document("$and", List.of(new Document("unitCode", "VP"),
                new Document("status", new Document("$in", List.of("OPEN"))),
                new Document("dueDate", new Document("$lt", 5))));
        assertThat(unitDue.canHandle(overdue)).isTrue();
        assertThat(unitDue.getPositions(overdue)).as("in range, or an array that may be").containsExactly(1, 4);
        assertThat(unitDue.getPositions(new Document("unitCode", "VP").append("dueDate",
                new Document("$gte", 3).append("$lte", 10)))).containsExactly(1, 2, 4);
        assertThat(unitDue.getPositions(new Document("unitCode", "VP"))).as("no range: every document of the value")
                .containsExactly(1, 2, 3, 4);

        unitDue.updateInPlace(new Document("_id", "b").append("unitCode", "VP").append("dueDate", 10),
                new Document("_id", "b").append("unitCode", "VP").append("dueDate", 4), 2, null);
        assertThat(unitDue.getPositions(overdue)).as("a deadline moved into the range").containsExactly(1, 2, 4);
    }

    @Test
    void aNullOnTheSecondFieldNarrowsTheLookupToTheDocumentsWithoutAValueThere() {
        unitDue.add(new Document("_id", "a").append("unitCode", "VP").append("dueDate", 3), 1, null);
        unitDue.add(new Document("_id", "b").append("unitCode", "VP").append("dueDate", null), 2, null);
        unitDue.add(new Document("_id", "c").append("unitCode", "VP"), 3, null);
        unitDue.add(new Document("_id", "d").append("unitCode", "VP").append("dueDate", List.of(1, 20)), 4, null);
        unitDue.add(new Document("_id", "e").append("unitCode", "TTr"), 5, null);

        Document undated = new Document("$and", List.of(new Document("unitCode", "VP"),
                new Document("status", new Document("$in", List.of("OPEN"))), new Document("dueDate", null)));
        assertThat(unitDue.getPositions(undated)).as("null, missing, or an array that may hold null")
                .containsExactlyInAnyOrder(2, 3, 4);

        unitDue.updateInPlace(new Document("_id", "c").append("unitCode", "VP"),
                new Document("_id", "c").append("unitCode", "VP").append("dueDate", 9), 3, null);
        unitDue.remove(new Document("_id", "b").append("unitCode", "VP").append("dueDate", null));
        assertThat(unitDue.getPositions(undated)).as("given a deadline, removed").containsExactly(4);
    }

    @Test
    void aUnitsWorkWithADeadlineAsTaskServiceAsksForItIsAnsweredByTheIndex() {
        EqualityIndex<Integer> unitDueStatus = new EqualityIndex<>("unit_due_status",
                List.of(new IndexKey("unitCode", true), new IndexKey("dueDate", true),
                        new IndexKey("_id", true), new IndexKey("status", true)), false, DocumentPositions.kept("unit_due_status"));
        java.time.Instant june = java.time.Instant.ofEpochMilli(1_780_000_000_000L); // dates as the store decodes them
        unitDueStatus.add(new Document("_id", "b").append("unitCode", "VP").append("dueDate", june)
                .append("status", "OPEN"), 1, null);
        unitDueStatus.add(new Document("_id", "a").append("unitCode", "VP").append("dueDate", june)
                .append("status", "OPEN"), 2, null);
        unitDueStatus.add(new Document("_id", "c").append("unitCode", "VP").append("status", "OPEN"), 3, null);
        unitDueStatus.add(new Document("_id", "d").append("unitCode", "VP").append("dueDate", june)
                .append("status", "COMPLETED"), 4, null);

        // as Spring Data writes StorePages' criteria: the unit's criteria in a $and, then the deadline
        Document dated = new Document("$and", List.of(
                new Document("$and", List.of(new Document("unitCode", "VP"),
                        new Document("status", new Document("$in", List.of("NOT_STARTED", "OPEN"))))),
                new Document("dueDate", new Document("$gte", java.time.Instant.ofEpochMilli(Long.MIN_VALUE)))));
        assertThat(unitDueStatus.ordersBy(new Document("dueDate", 1).append("_id", 1))).isTrue();
        assertThat(unitDueStatus.matching(dated)).as("those with a deadline, by deadline then id")
                .contains(List.of(2, 1));
    }

    @Test
    void aQueryOnTheIndexsFieldsOnlyIsAnsweredExactlyInDeadlineOrderWithoutReadingADocument() {
        EqualityIndex<Integer> departmentDue = new EqualityIndex<>("department_due_status",
                List.of(new IndexKey("unitDepartment", true), new IndexKey("dueDate", true),
                        new IndexKey("_id", true), new IndexKey("status", true), new IndexKey("role", true)), false, DocumentPositions.kept("department_due_status"));
        departmentDue.add(assignment("c", 3, "OPEN", "LEAD"), 1, null);
        departmentDue.add(assignment("a", 3, "OPEN", "LEAD"), 2, null);
        departmentDue.add(assignment("b", 1, "DONE", "LEAD"), 3, null);
        departmentDue.add(assignment("d", 2, "OPEN", "COORDINATOR"), 4, null);
        departmentDue.add(assignment("e", 9, "OPEN", "LEAD"), 5, null);
        departmentDue.add(assignment("f", 0, "OPEN", "LEAD").append("dueDate", "3"), 6, null);
        departmentDue.add(assignment("g", 0, "OPEN", "LEAD").append("unitDepartment", "SXD"), 7, null);

        Document overdue = new Document("$and", List.of(new Document("unitDepartment", "SKHCN"),
                new Document("role", "LEAD"), new Document("status", new Document("$in", List.of("OPEN", "LATE"))),
                new Document("dueDate", new Document("$lt", 5))));
        assertThat(departmentDue.matching(overdue)).as("by deadline, then id; of the range's kind only")
                .contains(List.of(2, 1));
        assertThat(departmentDue.matching(new Document("unitDepartment", "SKHCN")
                .append("dueDate", new Document("$gte", 1).append("$lte", 3)))).contains(List.of(3, 4, 2, 1));
        assertThat(departmentDue.matching(new Document("unitDepartment", "SKHCN")
                .append("dueDate", new Document("$gte", 4).append("$lte", 3)))).contains(List.of());

        departmentDue.updateInPlace(assignment("b", 1, "DONE", "LEAD"), assignment("b", 1, "OPEN", "LEAD"), 3, null);
        assertThat(departmentDue.matching(overdue)).as("a status changed in place").contains(List.of(3, 2, 1));
        departmentDue.remove(assignment("a", 3, "OPEN", "LEAD"));
        assertThat(departmentDue.matching(overdue)).contains(List.of(3, 1));

        assertThat(departmentDue.matching(new Document("unitDepartment", "SKHCN").append("title", "x")
                .append("dueDate", new Document("$lt", 5)))).as("a field the index does not hold").isEmpty();
        assertThat(departmentDue.matching(new Document("unitDepartment", "SKHCN").append("status", "OPEN")))
                .as("no range on the deadline").isEmpty();
        assertThat(departmentDue.matching(new Document("unitDepartment", "SKHCN")
                .append("dueDate", new Document("$lt", 5)).append("status", new Document("$ne", "DONE"))))
                .as("an operator other than equality or $in").isEmpty();
        departmentDue.add(assignment("h", 2, "OPEN", "LEAD").append("status", List.of("OPEN", "DONE")), 8, null);
        assertThat(departmentDue.matching(overdue)).as("an array held where the query asks equality").isEmpty();
        departmentDue.add(assignment("i", 0, "OPEN", "LEAD").append("dueDate", List.of(1, 2)).append("unitDepartment",
                "SXD"), 9, null);
        assertThat(departmentDue.matching(new Document("unitDepartment", "SXD")
                .append("dueDate", new Document("$lt", 5)))).as("an array of deadlines").isEmpty();
    }

    private static Document assignment(String id, int dueDate, String status, String role) {
        return new Document("_id", id).append("unitDepartment", "SKHCN").append("dueDate", dueDate)
                .append("status", status).append("role", role);
    }

    @Test
    void aSparseIndexOnAPathAnswersWhetherThePathExists() {
        assertThat(pending.canHandle(new Document("pendingEvents.0.eventId", new Document("$exists", true)))).isTrue();
        assertThat(pending.canHandle(new Document("pendingEvents.0.eventId", new Document("$exists", false)))).isFalse();
        assertThat(pending.canHandle(new Document("pendingEvents.0.eventId", "e-1"))).as("equality on a path").isFalse();

        pending.add(new Document("_id", "a").append("pendingEvents", List.of(new Document("eventId", "e-1"))), 1, null);
        pending.add(new Document("_id", "b").append("pendingEvents", List.of()), 2, null);
        pending.add(new Document("_id", "c"), 3, null);
        assertThat(pending.getPositions(new Document("pendingEvents.0.eventId", new Document("$exists", true))))
                .containsExactly(1);
    }

    @Test
    void aUniqueIndexAnswersItsFieldTogetherWithOtherConditions() {
        MemoryUniqueIndex storesOwn = new MemoryUniqueIndex("_id_", List.of(new IndexKey("_id", true)), false);
        Index<Integer> ids = new UniqueFieldLookup<>(storesOwn, "_id_", List.of(new IndexKey("_id", true)), false);
        ids.add(new Document("_id", "a-1").append("version", 3L), 7, null);

        Document versioned = new Document("_id", "a-1").append("version", 3L);
        assertThat(ids.canHandle(versioned)).isTrue();
        assertThat(ids.getPositions(versioned)).containsExactly(7);
        assertThat(ids.canHandle(new Document("_id", new Document("$in", List.of("a-1"))).append("x", 1))).isTrue();
        assertThat(ids.canHandle(new Document("version", 3L))).isFalse();
        assertThat(storesOwn.canHandle(versioned)).as("the store's own index alone: a scan").isFalse();
    }
}
