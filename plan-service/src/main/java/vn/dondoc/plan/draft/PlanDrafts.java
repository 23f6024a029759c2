package vn.dondoc.plan.draft;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored drafts. */
public interface PlanDrafts extends MongoRepository<PlanDraft, String> {
}
