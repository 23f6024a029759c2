package vn.dondoc.reporting.unitfigures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dondoc.eventing.InsertOnce;
import vn.dondoc.reporting.calendar.Regime;
import vn.dondoc.reporting.calendar.ReportingCalendar;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * Freezes each unit's figures of every period of the default regime whose cut-off has passed (this
 * year and last), counted at the cut-off. Runs with the reminders; idempotent by id.
 */
@Service
public class FigureSnapshots {

    private final MongoOperations mongo;
    private final UnitFigures figures;
    private final ReportingCalendar calendar;
    private final Clock clock;

    FigureSnapshots(MongoOperations mongo, UnitFigures figures, ReportingCalendar calendar, Clock clock) {
        this.mongo = mongo;
        this.figures = figures;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Returns how many snapshots this run froze. */
    public int freezePassedCutOffs() {
        LocalDate today = LocalDate.now(clock);
        Regime regime = calendar.defaultRegime();
        int frozen = 0;
        for (String unit : figures.unitCodes()) {
            UnitFigures.OneUnit unitFigures = figures.ofOneUnit(unit);
            for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                for (ReportingPeriod period : regime.periodsOf(year)) {
                    if (period.cutOff().isBefore(today)
                            && !mongo.exists(Query.query(Criteria.where("_id")
                                    .is(FigureSnapshot.idOf(unit, regime.code(), period.key()))), FigureSnapshot.class)) {
                        frozen += freeze(unitFigures, regime, period, today) ? 1 : 0;
                    }
                }
            }
        }
        return frozen;
    }

    private boolean freeze(UnitFigures.OneUnit unitFigures, Regime regime, ReportingPeriod period, LocalDate today) {
        return unitFigures.figures(regime.code(), period, period.cutOff())
                .map(counted -> InsertOnce.insert(mongo, new FigureSnapshot(
                        FigureSnapshot.idOf(unitFigures.unitCode(), regime.code(), period.key()), counted.frozen(today))))
                .orElse(false);
    }

    /** The snapshot, frozen now if the cut-off has passed and no run froze it yet; empty for an unknown unit. */
    public Optional<PeriodFigures> frozenOrFreeze(String unitCode, Regime regime, ReportingPeriod period) {
        Optional<PeriodFigures> frozen = frozen(unitCode, regime.code(), period.key());
        if (frozen.isPresent()) {
            return frozen;
        }
        freeze(figures.ofOneUnit(unitCode), regime, period, LocalDate.now(clock));
        return frozen(unitCode, regime.code(), period.key());
    }

    public Optional<PeriodFigures> frozen(String unitCode, String regime, String periodKey) {
        return Optional.ofNullable(mongo.findById(FigureSnapshot.idOf(unitCode, regime, periodKey),
                FigureSnapshot.class)).map(FigureSnapshot::figures);
    }
}
