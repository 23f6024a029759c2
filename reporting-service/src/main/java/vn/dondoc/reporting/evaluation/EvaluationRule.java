package vn.dondoc.reporting.evaluation;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.dondoc.reporting.unitfigures.RoleFigures;

/**
 * The emulation score (điểm thi đua) of a unit for a period: a weight per column of the Government
 * Office matrix, applied to the unit's lead figures (coordinators are counted in their own columns,
 * never in a lead's results). A unit without a task in a weighted column (completed on time or late,
 * open within deadline or overdue) has no score: "không xếp hạng". Weights are signed: a penalty is
 * negative.
 *
 * @param maxDaysOverdue per day of the unit's largest delay among its open overdue tasks (the matrix keeps only the largest)
 * @param notStarted     per open task the unit has not taken on yet ("chưa tiếp nhận": no acknowledgement,
 *                       progress or result), in addition to its column's weight
 */
public record EvaluationRule(BigDecimal completedOnTime, BigDecimal completedLate, BigDecimal openWithinDeadline,
        BigDecimal openOverdue, BigDecimal maxDaysOverdue, BigDecimal notStarted) {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    public EvaluationRule {
        Objects.requireNonNull(completedOnTime, "completedOnTime");
        Objects.requireNonNull(completedLate, "completedLate");
        Objects.requireNonNull(openWithinDeadline, "openWithinDeadline");
        Objects.requireNonNull(openOverdue, "openOverdue");
        Objects.requireNonNull(maxDaysOverdue, "maxDaysOverdue");
        Objects.requireNonNull(notStarted, "notStarted");
    }

    /** The unit's score from its lead figures; empty when no task of the unit is counted. */
    public Optional<BigDecimal> score(RoleFigures lead) {
        if (lead.completedOnTime() + lead.completedLate() + lead.openWithinDeadline() + lead.openOverdue() == 0) {
            return Optional.empty();
        }
        BigDecimal score = completedOnTime.multiply(BigDecimal.valueOf(lead.completedOnTime()))
                .add(completedLate.multiply(BigDecimal.valueOf(lead.completedLate())))
                .add(openWithinDeadline.multiply(BigDecimal.valueOf(lead.openWithinDeadline())))
                .add(openOverdue.multiply(BigDecimal.valueOf(lead.openOverdue())))
                .add(maxDaysOverdue.multiply(BigDecimal.valueOf(lead.maxDaysOverdue())))
                .add(notStarted.multiply(BigDecimal.valueOf(lead.notStarted())));
        return Optional.of(plain(score));
    }

    /** "Điểm = 10 × hoàn thành đúng hạn + 5 × hoàn thành quá hạn − 5 × đang thực hiện quá hạn − 0,5 × số ngày quá hạn tối đa". */
    public String formula() {
        StringBuilder text = new StringBuilder("Điểm =");
        List<Term> terms = List.of(new Term(completedOnTime, "hoàn thành đúng hạn"),
                new Term(completedLate, "hoàn thành quá hạn"), new Term(openWithinDeadline, "đang thực hiện trong hạn"),
                new Term(openOverdue, "đang thực hiện quá hạn"), new Term(maxDaysOverdue, "số ngày quá hạn tối đa"),
                new Term(notStarted, "chưa tiếp nhận"));
        boolean first = true;
        for (Term term : terms) {
            if (term.weight().signum() == 0) {
                continue;
            }
            boolean negative = term.weight().signum() < 0;
            text.append(first ? (negative ? " − " : " ") : (negative ? " − " : " + "))
                    .append(decimalComma(term.weight().abs())).append(" × ").append(term.column());
            first = false;
        }
        return first ? "Điểm = 0" : text.toString();
    }

    /** What the score counts, in Vietnamese, printed under the formula. */
    public static final String SCOPE = "Tính theo nhiệm vụ đơn vị chủ trì trong kỳ (nhiệm vụ phối hợp không tính);"
            + " đơn vị không có nhiệm vụ được tính điểm: không xếp hạng.";

    /**
     * The units ranked: by score, highest first, then by name; equal scores share a rank (1, 1, 3);
     * the units without a score last, by name, without a rank.
     */
    public List<RankedUnit> rank(List<Unit> units) {
        Comparator<RankedUnit> byName = Comparator.comparing(RankedUnit::unitName, VIETNAMESE::compare);
        List<RankedUnit> scored = new ArrayList<>();
        List<RankedUnit> unscored = new ArrayList<>();
        for (Unit unit : units) {
            Optional<BigDecimal> score = score(unit.lead());
            RankedUnit row = RankedUnit.of(null, unit, score.orElse(null));
            (score.isPresent() ? scored : unscored).add(row);
        }
        scored.sort(Comparator.comparing(RankedUnit::score, Comparator.reverseOrder()).thenComparing(byName));
        unscored.sort(byName);
        List<RankedUnit> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            RankedUnit row = scored.get(i);
            Integer rank = i > 0 && scored.get(i - 1).score().compareTo(row.score()) == 0 ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(row.ranked(rank));
        }
        ranked.addAll(unscored);
        return ranked;
    }

    /** A unit to rank: its code, the name people read and its lead figures. */
    public record Unit(String unitCode, String unitName, RoleFigures lead) {
    }

    private record Term(BigDecimal weight, String column) {
    }

    /** "0,5", "10": the Vietnamese decimal comma, no trailing zeros. */
    static String decimalComma(BigDecimal number) {
        return plain(number).toPlainString().replace('.', ',');
    }

    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
