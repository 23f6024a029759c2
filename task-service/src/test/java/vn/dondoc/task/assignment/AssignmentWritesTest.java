package vn.dondoc.task.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static vn.dondoc.task.assignment.AnAssignment.lead;

import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.eventing.OutboxRelay;
import vn.dondoc.eventing.OutboxWrites;
import vn.dondoc.eventing.PendingEvent;
import vn.dondoc.eventing.testing.InMemoryMongo;
import vn.dondoc.task.assignment.AssignmentCommand.Acknowledge;
import vn.dondoc.task.assignment.AssignmentCommand.ReportProgress;
import vn.dondoc.task.assignment.AssignmentCommand.ReviewResult;
import vn.dondoc.task.assignment.AssignmentCommand.SubmitResult;
import vn.dondoc.vocabulary.AssignmentStatus;

class AssignmentWritesTest {

    static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    private final MongoTemplate mongo = new MongoTemplate(
            MongoClients.create(InMemoryMongo.connectionString()), "assignment-writes-test");
    /** What the relay was told: the written document's collection and its pending event types. */
    private final List<String> written = new ArrayList<>();
    private final OutboxRelay relay = new OutboxRelay(mongo, null, List.of("assignments"), Duration.ofMillis(100),
            Duration.ofHours(1)) {
        @Override
        public void written(String collection, Object id, List<Document> pendingEvents) {
            written.add(collection + " " + pendingEvents.stream().map(event -> event.getString("type")).toList());
        }
    };
    private final AssignmentWrites writes = new AssignmentWrites(mongo, new OutboxWrites(mongo, relay));

    @Test
    void storesStateHistoryLineAndEventTogetherAndLeavesEventsTheRelayRemovedAlone() {
        Assignment before = stored();
        relayPublishedEverythingPending(before.id());

        assertThat(writes.store(before, change(before, new Acknowledge()))).isTrue();

        Assignment after = mongo.findById(before.id(), Assignment.class);
        assertThat(after.work().status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.history()).extracting(HistoryEntry::action).containsExactly("Assign", "Acknowledge");
        assertThat(after.pendingEvents()).extracting(PendingEvent::type)
                .as("task-assigned was relayed already and must not come back")
                .containsExactly(EventTypes.TASK_ACKNOWLEDGED);
        assertThat(written).as("the relay is told at once, with the events the document holds")
                .containsExactly("assignments [" + EventTypes.TASK_ACKNOWLEDGED + "]");
    }

    @Test
    void aChangeDecidedOnAStaleReadChangesNothing() {
        Assignment before = stored();
        assertThat(writes.store(before, change(before, new Acknowledge()))).isTrue();

        boolean stale = writes.store(before, change(before, new ReportProgress(30, null)));

        assertThat(stale).isFalse();
        assertThat(written).as("only the first write is announced").hasSize(1);
        Assignment stored = mongo.findById(before.id(), Assignment.class);
        assertThat(stored.history()).hasSize(2);
        assertThat(stored.work().progressPercent()).isZero();
    }

    @Test
    void aReturnedResultRemovesTheSubmissionDateFromTheStoredDocument() {
        Assignment submitted = apply(stored(), new SubmitResult("Xong"));
        assertThat(submitted.work().submittedOn()).isEqualTo(DAY);

        Assignment returned = apply(submitted, new ReviewResult(false, "Thiếu phụ lục"));

        assertThat(returned.work().status()).isEqualTo(AssignmentStatus.RETURNED);
        assertThat(returned.work().submittedOn()).isNull();
        assertThat(mongo.findById(returned.id(), Document.class, "assignments"))
                .doesNotContainKey("submittedOn");
    }

    private Assignment stored() {
        Assignment assignment = lead(LocalDate.of(2026, 3, 31));
        Assignment unique = new Assignment(assignment.id() + UUID.randomUUID(), assignment.origin(),
                assignment.terms(), Work.NOT_STARTED, assignment.deadline(), assignment.history(),
                assignment.pendingEvents(), null);
        return mongo.insert(unique);
    }

    private Assignment apply(Assignment before, AssignmentCommand command) {
        assertThat(writes.store(before, change(before, command))).isTrue();
        return mongo.findById(before.id(), Assignment.class);
    }

    private static Assignment change(Assignment before, AssignmentCommand command) {
        return AssignmentActions.next(before, command, "tester", UUID.randomUUID().toString(),
                Instant.parse("2026-02-01T03:00:00Z"), DAY);
    }

    private void relayPublishedEverythingPending(String id) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().pull("pendingEvents",
                new Document("eventId", new Document("$exists", true))), "assignments");
    }
}
