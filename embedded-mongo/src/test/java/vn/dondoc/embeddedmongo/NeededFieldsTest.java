package vn.dondoc.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

class NeededFieldsTest {

    @Test
    void aProjectionOfIncludedFieldsNeedsThoseTheQueryMatchesOnSortsByAndReturns() {
        Document query = new Document("unitCode", "VP")
                .append("$or", List.of(new Document("plan.number", "KH-1"), new Document("status", new Document("$in", List.of("ASSIGNED")))));

        assertThat(NeededFields.of(query, new Document("dueDate", 1), new Document("title", 1).append("_id", 0)))
                .hasValueSatisfying(fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("_id", "unitCode", "plan", "status", "dueDate", "title"));
    }

    @Test
    void wholeDocumentsWhenTheAnswerOrTheQueryMayNeedAnyField() {
        Document unit = new Document("unitCode", "VP");
        Document someFields = new Document("dueDate", 1);

        assertThat(NeededFields.of(unit, null, null)).isEmpty();
        assertThat(NeededFields.of(unit, null, new Document("content", 0))).isEmpty();
        assertThat(NeededFields.of(unit, null, new Document("history", new Document("$slice", 1)))).isEmpty();
        assertThat(NeededFields.of(new Document("$expr", new Document("$eq", List.of("$a", "$b"))), null, someFields))
                .isEmpty();
        assertThat(NeededFields.of(unit, new Document("score", new Document("$meta", "textScore")), someFields))
                .isEmpty();
    }
}
