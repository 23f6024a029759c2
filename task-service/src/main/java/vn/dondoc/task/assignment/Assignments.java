package vn.dondoc.task.assignment;

import java.util.Comparator;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored assignments. */
public interface Assignments extends MongoRepository<Assignment, String> {

    List<Assignment> findByUnitCode(String unitCode);

    /** A unit's assignments, earliest deadline first, those without a deadline last. */
    default List<Assignment> ofUnitByDueDate(String unitCode) {
        return findByUnitCode(unitCode).stream()
                .sorted(Comparator.comparing(Assignment::dueDate,
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Assignment::id))
                .toList();
    }

    List<Assignment> findByPlanIdOrderByIdAsc(String planId);
}
