package vn.dondoc.plan.draft;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored drafts. */
public interface PlanDrafts extends MongoRepository<PlanDraft, String> {

    /** A page of the department's drafts in a status (skip, limit and a count in the store), sorted as the page says. */
    Page<PlanDraft> findByDepartmentCodeAndStatus(String departmentCode, PlanDraft.Status status, Pageable page);
}
