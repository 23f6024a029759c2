package vn.dondoc.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoClients;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import vn.dondoc.eventing.testing.InMemoryMongo;

/** Many effects inserted at once: those already stored are left out, the others stored wherever they stand. */
class InsertOnceTest {

    private final MongoTemplate mongo = new MongoTemplate(
            MongoClients.create(InMemoryMongo.connectionString()), "insert-once-test");

    @BeforeEach
    void emptyStore() {
        mongo.dropCollection(Effect.class);
    }

    @Test
    void storesTheNewDocumentsOfABatchAndLeavesOutThoseAlreadyStored() {
        InsertOnce.insert(mongo, new Effect("e-2:U1", "stored before"));
        InsertOnce.insert(mongo, new Effect("e-4:U1", "stored before"));
        List<Effect> batch = List.of(new Effect("e-1:U1", "new"), new Effect("e-2:U1", "again"),
                new Effect("e-3:U1", "new"), new Effect("e-4:U1", "again"), new Effect("e-5:U1", "new"));

        List<Effect> inserted = InsertOnce.insertAll(mongo, Effect.class, batch);

        assertThat(inserted).extracting(Effect::id).containsExactly("e-1:U1", "e-3:U1", "e-5:U1");
        assertThat(mongo.find(new Query(), Effect.class)).extracting(Effect::id, Effect::text)
                .containsExactlyInAnyOrder(tuple("e-1:U1", "new"),
                        tuple("e-2:U1", "stored before"),
                        tuple("e-3:U1", "new"),
                        tuple("e-4:U1", "stored before"),
                        tuple("e-5:U1", "new"));
    }

    @Test
    void aBatchInsertedAgainAddsNothing() {
        List<Effect> batch = List.of(new Effect("e-1:U1", "new"), new Effect("e-2:U1", "new"));
        assertThat(InsertOnce.insertAll(mongo, Effect.class, batch)).hasSize(2);

        assertThat(InsertOnce.insertAll(mongo, Effect.class, batch)).isEmpty();
        assertThat(mongo.count(new Query(), Effect.class)).isEqualTo(2);
    }

    @Document("insert-once-effects")
    record Effect(@Id String id, String text) {
    }
}
