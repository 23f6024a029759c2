package vn.dondoc.plan.plan;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored plans. */
public interface Plans extends MongoRepository<Plan, String> {

    List<Plan> findByDepartmentCodeOrderByIssuedOnDesc(String departmentCode);

    /** The department plans that implement a given (provincial) plan number. */
    List<Plan> findByParentPlansOrderByIssuedOnDesc(String parentNumber);

    /** The plans linked to a registered plan of UBND tỉnh as their parent. */
    List<Plan> findByParentPlanIdsOrderByIssuedOnDesc(String parentPlanId);

    java.util.Optional<Plan> findByDepartmentCodeAndNumber(String departmentCode, String number);
}
