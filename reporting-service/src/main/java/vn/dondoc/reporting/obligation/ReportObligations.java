package vn.dondoc.reporting.obligation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored report obligations. */
public interface ReportObligations extends MongoRepository<ReportObligation, String> {

    /** A page of the unit's obligations (skip, limit and a count in the store), sorted as the page says. */
    Page<ReportObligation> findByUnitCode(String unitCode, Pageable page);
}
