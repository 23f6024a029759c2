package vn.dondoc.reporting.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.EventTypes;
import vn.dondoc.contracts.ReportDue;
import vn.dondoc.contracts.Topics;
import vn.dondoc.eventing.InsertOnce;
import vn.dondoc.eventing.Outbox;

/**
 * Makes a unit with assignments owe its quarterly report. Walking skeleton: one hard-wired regime,
 * the current Decree 09 quarter, due two days after the cut-off (unit → office); the configurable
 * calendar with working days replaces it.
 */
@Service
public class ReportScheduling {

    static final int DAYS_AFTER_CUT_OFF = 2;

    private final MongoOperations mongo;
    private final Clock clock;

    ReportScheduling(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** {@code true} when the unit did not owe this period's report yet. */
    public boolean scheduleFor(String unitCode) {
        QuarterlyPeriod period = QuarterlyPeriod.containing(LocalDate.now(clock));
        ReportDue.ReportLevel level = ReportDue.ReportLevel.UNIT_TO_OFFICE;
        String id = ReportObligation.idOf(unitCode, period.key(), level);
        LocalDate due = period.windowEnd().plusDays(DAYS_AFTER_CUT_OFF);
        ReportDue event = new ReportDue(eventIdFor(id), clock.instant(), id, unitCode, "QUARTER",
                period.label(), period.windowStart(), period.windowEnd(), due, level);
        return InsertOnce.insert(mongo, new ReportObligation(id, unitCode, period.key(),
                period.label(), period.windowStart(), period.windowEnd(), due, level,
                List.of(Outbox.pending(Topics.REPORT_DUE, EventTypes.REPORT_DUE, unitCode, id, event))));
    }

    private static String eventIdFor(String obligationId) {
        return UUID.nameUUIDFromBytes(("report-due:" + obligationId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
