package vn.dondoc.unitnames;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of plan-service's unit directory as last announced ({@code unit-directory-changed}).
 *
 * @param id             the directory entry, {@code departmentCode:unitCode} ({@code SKHCN:SKHCN.VP})
 * @param departmentCode the directory: a department's code, or {@code UBND} for the province's
 * @param occurredAt     when the entry was stored in plan-service; a record never goes back to an older one
 */
@Document("unit_names")
public record UnitName(@Id String id, String unitCode, String name, String departmentCode, String kind,
        LocalDate validFrom, LocalDate validTo, String successor, Instant occurredAt, String eventId) {
}
