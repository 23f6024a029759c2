package vn.dondoc.plan.directory;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** The stored units of all departments. */
public interface Units extends MongoRepository<Unit, String> {

    List<Unit> findByDepartmentCodeOrderByCodeAsc(String departmentCode);

    /** Units stored before their changes were announced ({@code unit-directory-changed}). */
    @Query("{ 'announced': { $exists: false } }")
    List<Unit> findUnannounced();
}
