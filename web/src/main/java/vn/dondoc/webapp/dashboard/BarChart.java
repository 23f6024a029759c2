package vn.dondoc.webapp.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal stacked bar per unit, drawn by the server as SVG: completed on time, completed late,
 * open within the deadline, overdue. Each bar's parts are rectangles with their own title (the
 * numbers also stand in the table next to it, for people who cannot see the colours).
 */
public record BarChart(int width, int height, int labelWidth, List<Bar> bars, long max) {

    static final int ROW = 34;
    static final int LABEL = 230;
    static final int WIDTH = 760;

    public record Part(double x, double width, String tone, String title) {
    }

    public record Bar(String label, double y, List<Part> parts, long total, double totalX) {
    }

    static BarChart of(List<UnitStanding> units) {
        long max = Math.max(1, units.stream().mapToLong(unit -> parts(unit.lead(), unit.coordinator())[4]).max().orElse(1));
        double scale = (WIDTH - LABEL - 50) / (double) max;
        List<Bar> bars = new ArrayList<>();
        double y = 10;
        for (UnitStanding unit : units) {
            long[] counts = parts(unit.lead(), unit.coordinator());
            String[] tones = {"green", "amber", "blue", "red"};
            String[] names = {"Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Quá hạn"};
            List<Part> parts = new ArrayList<>();
            double x = LABEL;
            for (int i = 0; i < 4; i++) {
                double w = counts[i] * scale;
                if (counts[i] > 0) {
                    parts.add(new Part(x, w, tones[i], names[i] + ": " + counts[i]));
                }
                x += w;
            }
            bars.add(new Bar(unit.unitName(), y, parts, counts[4], x + 6));
            y += ROW;
        }
        return new BarChart(WIDTH, (int) y + 10, LABEL, bars, max);
    }

    private static long[] parts(vn.dondoc.webapp.services.Figures.Row lead, vn.dondoc.webapp.services.Figures.Row coord) {
        long onTime = lead.completedOnTime() + coord.completedOnTime();
        long late = lead.completedLate() + coord.completedLate();
        long open = lead.openWithinDeadline() + coord.openWithinDeadline();
        long overdue = lead.openOverdue() + coord.openOverdue();
        return new long[] {onTime, late, open, overdue, onTime + late + open + overdue};
    }
}
