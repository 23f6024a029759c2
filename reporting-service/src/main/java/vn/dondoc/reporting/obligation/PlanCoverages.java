package vn.dondoc.reporting.obligation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dondoc.eventing.InsertOnce;

/**
 * The plans' coverage as {@code plan-issued} stated it; a plan not issued yet has none (counted as
 * open). A coverage is stored once and never changes, so the ones found are remembered (up to
 * {@value #REMEMBERED} plans): a poll of {@code task-assigned} asked the store once per unit and plan.
 */
@Service
public class PlanCoverages {

    private static final int REMEMBERED = 10_000;

    private final MongoOperations mongo;
    private final Map<String, PlanCoverage> known = new ConcurrentHashMap<>();

    PlanCoverages(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** {@code true} when the plan's coverage is new to reporting (a redelivery changes nothing). */
    public boolean record(PlanCoverage coverage) {
        return InsertOnce.insert(mongo, coverage);
    }

    /** The plan's coverage, when {@code plan-issued} has stored it. */
    public Optional<PlanCoverage> of(String planId) {
        return Optional.ofNullable(of(List.of(planId)).get(planId));
    }

    /** The known coverage of each of the plans, by plan id. */
    public Map<String, PlanCoverage> of(Collection<String> planIds) {
        Map<String, PlanCoverage> found = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String planId : planIds) {
            PlanCoverage coverage = known.get(planId);
            if (coverage != null) {
                found.put(planId, coverage);
            } else {
                unknown.add(planId);
            }
        }
        if (!unknown.isEmpty()) {
            for (PlanCoverage coverage : mongo.find(Query.query(Criteria.where("_id").in(unknown)), PlanCoverage.class)) {
                found.put(coverage.planId(), coverage);
                if (known.size() < REMEMBERED) {
                    known.put(coverage.planId(), coverage);
                }
            }
        }
        return found;
    }
}
