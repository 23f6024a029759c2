package vn.dondoc.task.assignment;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored assignments. */
public interface Assignments extends MongoRepository<Assignment, String> {

    List<Assignment> findByPlanIdOrderByIdAsc(String planId);
}
