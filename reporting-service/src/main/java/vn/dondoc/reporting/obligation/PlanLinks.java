package vn.dondoc.reporting.obligation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dondoc.eventing.InsertOnce;

/** The issued plans and their links to the plans of UBND tỉnh they implement. */
@Service
public class PlanLinks {

    private final MongoOperations mongo;

    PlanLinks(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** {@code true} when the plan is new to reporting (a redelivered {@code plan-issued} changes nothing). */
    public boolean record(PlanLink link) {
        return InsertOnce.insert(mongo, link);
    }

    public Optional<PlanLink> plan(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanLink.class));
    }

    /** The plans with a task of one of these timeframe kinds that the unit leads (as {@code plan-issued} named it). */
    public List<PlanLink> ledBy(String unitCode, Collection<String> timeframeKinds) {
        return mongo.find(Query.query(Criteria.where("tasks").elemMatch(Criteria.where("leadUnits").is(unitCode)
                .and("timeframeKind").in(timeframeKinds))), PlanLink.class);
    }

    /** Whether the unit leads a task of any plan. */
    public boolean leadsAny(String unitCode) {
        return mongo.exists(Query.query(Criteria.where("tasks.leadUnits").is(unitCode)), PlanLink.class);
    }

    /** The plans by id (those known). */
    public List<PlanLink> plans(java.util.Collection<String> planIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(planIds)), PlanLink.class);
    }

    /** The plans linked to the given plan as their parent, earliest issued first. */
    public List<PlanLink> childrenOf(String planId) {
        return mongo.find(Query.query(Criteria.where("parentPlanIds").is(planId))
                .with(Sort.by("issuedOn", "number")), PlanLink.class);
    }
}
