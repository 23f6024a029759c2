package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit was stored in a directory (plan-service's unit directory: a department's, or the
 * province-level one of scope {@code UBND}): the unit as it now stands. Carries the whole entry, so
 * the newest event of a key is all a reader needs (the topic is compacted). Key: {@code unitId}.
 *
 * @param unitId         the directory entry, {@code departmentCode + ":" + unitCode}
 *                       ({@code SKHCN:SKHCN.VP}); one unit code can have an entry in its department's
 *                       directory ("Văn phòng Sở") and one in the province's ("Sở Khoa học và Công
 *                       nghệ", the department named by its office's code), so the code alone is no key
 * @param departmentCode the directory: the department's code, or {@code UBND} for the province's
 * @param kind           {@code OFFICE}, {@code DIVISION}, {@code AFFILIATED_CENTRE}, {@code LEADERSHIP},
 *                       {@code EXTERNAL}, {@code DEPARTMENT}
 * @param successor      code of the unit that took over its work, when it was merged or renamed
 */
public record UnitDirectoryChanged(
        String eventId,
        Instant occurredAt,
        String unitId,
        String unitCode,
        String name,
        String departmentCode,
        String kind,
        LocalDate validFrom,
        LocalDate validTo,
        String successor) implements IntegrationEvent {

    public UnitDirectoryChanged {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(unitId, "unitId");
        Required.text(unitCode, "unitCode");
        Required.text(name, "name");
        Required.text(departmentCode, "departmentCode");
    }
}
