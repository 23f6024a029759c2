package vn.dondoc.reporting.unitfigures;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import vn.dondoc.reporting.obligation.PlanCoverage;
import vn.dondoc.reporting.obligation.PlanLink;

/**
 * What a unit's figures were computed from, as two numbers that only grow: a counter per unit in
 * {@value #COLLECTION}, raised (one atomic {@code $inc}, in the store so that every instance sees
 * it) after each fact recorded for the unit — also for a redelivered one, so a crash between the
 * fact and its raise is mended by the redelivery — and the number of plan coverages and plan links
 * (inserted once, never changed; the links say which event-driven tasks a unit leads). Figures computed at a stamp are true for as long as the stamp is the same.
 */
final class FigureStamps {

    static final String COLLECTION = "figure_stamps";

    private final MongoOperations mongo;

    FigureStamps(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** After facts of the units were recorded (or found recorded already): each unit's counter once, in one bulk write. */
    void raise(Collection<String> unitCodes) {
        List<String> units = unitCodes.stream().filter(Objects::nonNull).distinct().toList();
        if (units.isEmpty()) {
            return;
        }
        BulkOperations raises = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        units.forEach(unitCode -> raises.upsert(query(where("_id").is(unitCode)), new Update().inc("n", 1L)));
        raises.execute();
    }

    /** The unit's stamp now; read it before the facts it stamps. */
    Stamp of(String unitCode) {
        Document stamp = mongo.getCollection(COLLECTION).find(new Document("_id", unitCode)).first();
        Number raised = stamp == null ? null : (Number) stamp.get("n");
        return new Stamp(raised == null ? 0 : raised.longValue(), mongo.getCollection(
                mongo.getCollectionName(PlanCoverage.class)).estimatedDocumentCount()
                + mongo.getCollection(mongo.getCollectionName(PlanLink.class)).estimatedDocumentCount());
    }

    /** A unit's counter and the number of known plan coverages. */
    record Stamp(long unitFacts, long planCoverages) {
    }
}
