package vn.dondoc.reporting.obligation;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored report obligations. */
public interface ReportObligations extends MongoRepository<ReportObligation, String> {

    List<ReportObligation> findByUnitCodeOrderByDueDateAsc(String unitCode);
}
