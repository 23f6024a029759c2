package vn.dondoc.plan.plan;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored plans; lists of plans are read a page at a time ({@link PlanListing}). */
public interface Plans extends MongoRepository<Plan, String> {

    java.util.Optional<Plan> findByDepartmentCodeAndNumber(String departmentCode, String number);
}
