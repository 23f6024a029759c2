package vn.dondoc.plan.directory;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored units of all departments. */
public interface Units extends MongoRepository<Unit, String> {

    List<Unit> findByDepartmentCodeOrderByCodeAsc(String departmentCode);
}
