package vn.dondoc.reporting.unitfigures;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit's figures for one period frozen after its cut-off: id {@code unit:regime:periodKey}, inserted
 * once, never updated, so later events cannot change what a report was built from.
 */
@Document("figure_snapshots")
public record FigureSnapshot(@Id String id, PeriodFigures figures) {

    public static String idOf(String unitCode, String regime, String periodKey) {
        return unitCode + ":" + regime + ":" + periodKey;
    }
}
