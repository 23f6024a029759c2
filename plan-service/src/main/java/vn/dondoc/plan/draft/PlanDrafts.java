package vn.dondoc.plan.draft;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored drafts. */
public interface PlanDrafts extends MongoRepository<PlanDraft, String> {

    List<PlanDraft> findByDepartmentCodeAndStatusOrderByImportedAtDesc(String departmentCode, PlanDraft.Status status);
}
