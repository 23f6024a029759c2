package vn.dondoc.plan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Lists plans a page at a time, the store doing the work: the department and the filters are in the
 * query, newest first (then by id, so that pages never overlap), skip and limit, and a count of
 * everything that matches. Indexes: {@code department_issued}, {@code parent_plan_ids}, {@code parent_plans}.
 */
@Service
public class PlanListing {

    static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "issuedOn").and(Sort.by("id"));

    private final MongoOperations mongo;

    PlanListing(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** One page of the department's plans that match the filter. */
    public Page<Plan> ofDepartment(String department, PlanFilter filter, int page, int size) {
        Criteria criteria = Criteria.where("departmentCode").is(department);
        List<Criteria> and = new ArrayList<>();
        if (filter.year() != null) {
            and.add(Criteria.where("issuedOn").gte(LocalDate.of(filter.year(), 1, 1))
                    .lt(LocalDate.of(filter.year() + 1, 1, 1)));
        }
        if (filter.status() != null) {
            and.add(Criteria.where("status").is(filter.status()));
        }
        String text = FoldedText.pattern(filter.text());
        if (text != null) {
            and.add(new Criteria().orOperator(Criteria.where("number").regex(text), Criteria.where("title").regex(text)));
        }
        if (!and.isEmpty()) {
            criteria = criteria.andOperator(and);
        }
        return page(Query.query(criteria), page, size);
    }

    /**
     * One page of the plans implementing a plan of UBND tỉnh: linked to it by id when {@code byId}, else
     * citing its number; of one department ({@code null}: of every department).
     */
    public Page<Plan> childrenOf(String parent, boolean byId, String department, int page, int size) {
        Criteria criteria = Criteria.where(byId ? "parentPlanIds" : "parentPlans").is(parent);
        if (department != null) {
            criteria = criteria.and("departmentCode").is(department);
        }
        return page(Query.query(criteria), page, size);
    }

    private Page<Plan> page(Query query, int page, int size) {
        long total = mongo.count(Query.of(query), Plan.class);
        List<Plan> plans = mongo.find(query.with(NEWEST_FIRST).skip((long) page * size).limit(size), Plan.class);
        return new PageImpl<>(plans, PageRequest.of(page, size), total);
    }

    /**
     * What a plan list may be narrowed to: the year of issue, the status, and a text found in the
     * number or title with or without Vietnamese diacritics; {@code null}: not narrowed.
     */
    public record PlanFilter(Integer year, PlanStatus status, String text) {

        public static final PlanFilter NONE = new PlanFilter(null, null, null);
    }
}
