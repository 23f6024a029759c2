package vn.dondoc.task.assignment;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** The stored assignments. */
public interface Assignments extends MongoRepository<Assignment, String> {

    /** A plan's assignments by id (the plan's id is a field of the flat-stored {@link Origin}). */
    @Query(value = "{ 'planId': ?0 }", sort = "{ '_id': 1 }")
    List<Assignment> findByPlanIdOrderByIdAsc(String planId);
}
