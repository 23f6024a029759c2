package vn.dondoc.reporting.evaluation;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reporting.evaluation}: the signed weight of each column of the matrix in a
 * unit's score (a penalty is negative). The defaults are the EXAMPLE of reporting-service.yml.
 */
@ConfigurationProperties("reporting.evaluation")
public record EvaluationSettings(@DefaultValue("10") BigDecimal completedOnTime,
        @DefaultValue("5") BigDecimal completedLate, @DefaultValue("0") BigDecimal openWithinDeadline,
        @DefaultValue("-5") BigDecimal openOverdue, @DefaultValue("-0.5") BigDecimal maxDaysOverdue,
        @DefaultValue("0") BigDecimal notStarted) {

    public EvaluationRule rule() {
        return new EvaluationRule(completedOnTime, completedLate, openWithinDeadline, openOverdue, maxDaysOverdue,
                notStarted);
    }
}
