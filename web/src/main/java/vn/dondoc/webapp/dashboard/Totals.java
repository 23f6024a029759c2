package vn.dondoc.webapp.dashboard;

import java.util.List;
import java.util.function.ToLongFunction;
import vn.dondoc.webapp.services.Figures;

/** The matrix totals of the department: the units' counts added up, as lead and as coordinator. */
public record Totals(long completedOnTime, long completedLate, long openWithinDeadline, long dueSoon,
        long openOverdue, long noDeadline, long all) {

    static Totals of(List<UnitStanding> units) {
        return new Totals(sum(units, Figures.Row::completedOnTime), sum(units, Figures.Row::completedLate),
                sum(units, Figures.Row::openWithinDeadline), sum(units, Figures.Row::dueSoon),
                sum(units, Figures.Row::openOverdue), sum(units, Figures.Row::noDeadline),
                sum(units, Figures.Row::total));
    }

    private static long sum(List<UnitStanding> units, ToLongFunction<Figures.Row> column) {
        return units.stream().mapToLong(unit -> column.applyAsLong(unit.lead()) + column.applyAsLong(unit.coordinator()))
                .sum();
    }
}
