package vn.dondoc.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.eventing.testing.InMemoryMongo;

/**
 * Documents with events inserted a batch at a time reach the relay once each, whether the bulk write
 * stored them all (the store announces its writes) or left some out (it does not: the insert tells).
 */
class OutboxWritesTest {

    private final OutboxRelay relay = mock(OutboxRelay.class);
    private final MongoTemplate mongo = new MongoTemplate(
            MongoClients.create(InMemoryMongo.connectionString()), "outbox-writes-test");
    private final OutboxWrites writes = new OutboxWrites(mongo, relay);

    @BeforeEach
    void storeAnnouncingItsWritesToTheRelay() {
        mongo.dropCollection(Change.class);
        GenericApplicationContext context = new GenericApplicationContext();
        context.addApplicationListener(new OutboxWriteListener(relay));
        context.refresh();
        mongo.setApplicationContext(context);
    }

    @Test
    void aBatchStoredWholeReachesTheRelayOnceForEachDocument() {
        writes.insertAll(Change.class, List.of(change("c-1"), change("c-2")));

        verify(relay, times(1)).written(eq("outbox-writes-changes"), eq("c-1"), anyList());
        verify(relay, times(1)).written(eq("outbox-writes-changes"), eq("c-2"), anyList());
        verifyNoMoreInteractions(relay);
    }

    @Test
    void aBatchWithADocumentStoredBeforeHandsTheOthersToTheRelayOnceEach() {
        mongo.insert(change("c-2"));
        verify(relay).written(eq("outbox-writes-changes"), eq("c-2"), anyList());

        List<Change> inserted = writes.insertAll(Change.class, List.of(change("c-1"), change("c-2"), change("c-3")));

        assertThat(inserted).extracting(Change::id).containsExactly("c-1", "c-3");
        verify(relay, times(1)).written(eq("outbox-writes-changes"), eq("c-1"), anyList());
        verify(relay, times(1)).written(eq("outbox-writes-changes"), eq("c-3"), anyList());
        verifyNoMoreInteractions(relay);
    }

    private static Change change(String id) {
        return new Change(id, List.of(new PendingEvent(id + "-e", "changes", "vn.dondoc.test.changed.v1", id, "Việc",
                Instant.parse("2026-11-20T01:02:03Z"), "{}")));
    }

    @Document("outbox-writes-changes")
    record Change(@Id String id, List<PendingEvent> pendingEvents) {
    }
}
