package vn.dondoc.webapp.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** reporting-service: period figures, department reports and their files, submissions. */
public class ReportingClient extends ServiceClient {

    ReportingClient(RestClient http, String service) {
        super(http, service);
    }

    /** A unit's figures for a period at a day; null when the unit has no assignment yet. */
    public Figures.OfUnit figures(String unit, String period, LocalDate asOf) {
        try {
            return call(() -> http.get().uri("/units/{u}/figures?period={p}&asOf={d}", unit, period, asOf).retrieve()
                    .body(Figures.OfUnit.class));
        } catch (ServiceProblem problem) {
            if (problem.notFound()) {
                return null;
            }
            throw problem;
        }
    }

    /** The department's report of a period; null when no unit of it has work yet. */
    public Figures.DepartmentReport departmentReport(String department, String period) {
        return departmentReport(department, period, null);
    }

    /**
     * The department's report of a period with its figures as they stood on {@code asOf} (every
     * unit's row in one call: the dashboard), as submitted when {@code asOf} is null.
     */
    public Figures.DepartmentReport departmentReport(String department, String period, LocalDate asOf) {
        try {
            return call(() -> http.get().uri(builder -> {
                builder.path("/departments/{d}/reports/{p}");
                if (asOf != null) {
                    builder.queryParam("asOf", asOf);
                }
                return builder.build(department, period);
            }).retrieve().body(Figures.DepartmentReport.class));
        } catch (ServiceProblem problem) {
            if (problem.notFound()) {
                return null;
            }
            throw problem;
        }
    }

    /** The department report as a file ({@code xlsx} or {@code docx}), with its headers. */
    public ResponseEntity<byte[]> departmentReportFile(String department, String period, String format) {
        return call(() -> http.get().uri("/departments/{d}/reports/{p}/{f}", department, period, format).retrieve()
                .toEntity(byte[].class));
    }

    public void submitDepartmentReport(String department, String period) {
        run(() -> http.post().uri("/departments/{d}/reports", department).body(Map.of("period", period)).retrieve()
                .toBodilessEntity());
    }

    /** The reports the unit owes, by due date (a unit's list, read page by page: at most 1,000). */
    public List<Figures.Obligation> reportsDue(String unit) {
        return all(uri -> uri.pathSegment("units", unit, "reports-due"), Figures.Obligation[].class, 2);
    }

    /** The unit's submitted report of a period, or null. */
    public Figures.UnitReport unitReport(String unit, String period) {
        try {
            return call(() -> http.get().uri("/units/{u}/reports/{p}", unit, period).retrieve()
                    .body(Figures.UnitReport.class));
        } catch (ServiceProblem problem) {
            if (problem.notFound()) {
                return null;
            }
            throw problem;
        }
    }

    public void submitUnitReport(String unit, Map<String, Object> report) {
        run(() -> http.post().uri("/units/{u}/reports", unit).body(report).retrieve().toBodilessEntity());
    }

    /** The rollup of a plan of UBND tỉnh for a period ({@code 2026-Q4}) as of a day. */
    public Rollup provincialRollup(String planId, String period, LocalDate asOf) {
        return call(() -> http.get().uri("/provincial-plans/{p}/rollup?period={q}&asOf={d}", planId, period, asOf)
                .retrieve().body(Rollup.class));
    }
}
