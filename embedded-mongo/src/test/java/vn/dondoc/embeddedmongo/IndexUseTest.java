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
            List.of(new IndexKey("unitCode", true), new IndexKey("dueDate", true)), false);
    private final EqualityIndex<Integer> pending = new EqualityIndex<>("pending_events",
            List.of(new IndexKey("pendingEvents.0.eventId", true)), true);

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
