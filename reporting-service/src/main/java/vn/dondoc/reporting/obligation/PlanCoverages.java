package vn.dondoc.reporting.obligation;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dondoc.eventing.InsertOnce;

/** The plans' coverage as {@code plan-issued} stated it; a plan not issued yet has none (counted as open). */
@Service
public class PlanCoverages {

    private final MongoOperations mongo;

    PlanCoverages(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** {@code true} when the plan's coverage is new to reporting (a redelivery changes nothing). */
    public boolean record(PlanCoverage coverage) {
        return InsertOnce.insert(mongo, coverage);
    }

    /** The known coverage of each of the plans, by plan id. */
    public Map<String, PlanCoverage> of(Collection<String> planIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(planIds)), PlanCoverage.class).stream()
                .collect(Collectors.toMap(PlanCoverage::planId, Function.identity()));
    }
}
