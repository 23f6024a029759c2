package vn.dondoc.plan.draft.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dondoc.plan.importing.IssueDate;
import vn.dondoc.plan.importing.ParentReference;
import vn.dondoc.plan.importing.PlanHeader;
import vn.dondoc.plan.importing.ReportingRequirement;
import vn.dondoc.plan.timeframe.TimeframeParser;
import vn.dondoc.vocabulary.PeriodType;
import vn.dondoc.web.RequestLimits;
import vn.dondoc.web.RequestProblems.FieldProblem;

/**
 * The office's version of a draft's header. A missing (null) field keeps the imported value; a blank
 * number, signer, authority or reporting text clears it; {@code parentReferences} and
 * {@code reportingPeriods}, when given, replace the lists. A parent reference whose number and date
 * are unchanged keeps its text and warning as imported.
 */
record HeaderCorrection(
        @Pattern(regexp = "^\\s*$|^\\s*(\\d{1,6}(\\.\\d{1,3})?)?\\s*/\\s*KH(\\s*-\\s*[\\p{L}\\d&]+)+\\s*$",
                message = "Số, ký hiệu phải có dạng 257/KH-SKHCN")
        @Size(max = RequestLimits.CODE, message = "Số, ký hiệu dài quá {max} ký tự")
        String number,
        LocalDate issuedOn,
        @Size(max = RequestLimits.TITLE, message = "Trích yếu dài quá {max} ký tự") String title,
        LocalDate coverageStart,
        LocalDate coverageEnd,
        @Size(max = 10, message = "Tối đa 10 kế hoạch cấp trên")
        List<@Valid @NotNull(message = "Kế hoạch cấp trên không được rỗng") ParentCorrection> parentReferences,
        @Size(max = 200, message = "Tên người ký dài quá 200 ký tự") String signer,
        @Size(max = 200, message = "Thẩm quyền ký dài quá 200 ký tự") String signingAuthority,
        @Size(max = RequestLimits.TITLE, message = "Chế độ báo cáo dài quá {max} ký tự") String reportingText,
        @Size(max = 20, message = "Có quá {max} kỳ báo cáo")
        List<@NotNull(message = "Kỳ báo cáo không được rỗng") PeriodType> reportingPeriods) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A plan the draft implements: "22/KH-UBND" of 05/08/2025. */
    record ParentCorrection(
            @NotBlank(message = "Cần số, ký hiệu của kế hoạch cấp trên")
            @Pattern(regexp = "^\\s*\\d{1,6}(\\.\\d{1,3})?\\s*/\\s*((19|20)\\d{2}\\s*/\\s*)?\\p{Lu}[\\p{L}\\d&]*(\\s*-\\s*[\\p{L}\\d&]+)+\\s*$",
                    message = "Số, ký hiệu phải có dạng 22/KH-UBND")
            @Size(max = RequestLimits.CODE, message = "Số, ký hiệu dài quá {max} ký tự")
            String number,
            LocalDate date) {
    }

    /** The corrected header; a department's draft keeps its own symbol, dates must make sense. */
    PlanHeader applyTo(PlanHeader imported, String department) {
        List<FieldProblem> errors = new ArrayList<>();
        String newNumber = number == null ? imported.number() : blankToNull(compact(number));
        if (number != null && newNumber != null && !newNumber.endsWith("-" + department)) {
            errors.add(new FieldProblem("number", "Ký hiệu phải là của " + department + ", ví dụ 257/KH-" + department));
        }
        String newTitle = imported.title();
        if (title != null) {
            newTitle = nfc(title).strip().replaceAll("\\s+", " ");
            if (newTitle.isEmpty()) {
                errors.add(new FieldProblem("title", "Trích yếu (tên kế hoạch) không được để trống"));
            }
        }
        checkYear("issuedOn", issuedOn, "Ngày ban hành", errors);
        checkYear("coverageStart", coverageStart, "Ngày bắt đầu", errors);
        checkYear("coverageEnd", coverageEnd, "Ngày kết thúc", errors);
        LocalDate start = coverageStart != null ? coverageStart : imported.coverageStart();
        LocalDate end = coverageEnd != null ? coverageEnd : imported.coverageEnd();
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldProblem("coverageEnd", "Ngày kết thúc phải từ ngày bắt đầu trở đi"));
        }
        List<ParentReference> parents = imported.parentReferences();
        if (parentReferences != null) {
            parents = new ArrayList<>();
            for (int i = 0; i < parentReferences.size(); i++) {
                ParentCorrection parent = parentReferences.get(i);
                checkYear("parentReferences[" + i + "].date", parent.date(), "Ngày của kế hoạch cấp trên", errors);
                parents.add(reference(compact(parent.number()), parent.date(), imported.parentReferences()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCorrectionException("Phần đầu kế hoạch", errors);
        }
        return new PlanHeader(newNumber, imported.departmentCode(), imported.departmentName(), imported.place(),
                issuedOn != null ? new IssueDate(issuedOn, IssueDate.Precision.DAY) : imported.issueDate(), newTitle,
                start, end, parents, text(signer, imported.signer()), text(signingAuthority, imported.signingAuthority()),
                imported.recipients(), reporting(imported.reportingRequirement()));
    }

    private ReportingRequirement reporting(ReportingRequirement imported) {
        if (reportingText == null && reportingPeriods == null) {
            return imported;
        }
        String text = text(reportingText, imported == null ? null : imported.text());
        List<PeriodType> periods = reportingPeriods != null ? reportingPeriods
                : reportingText != null ? TimeframeParser.periods(text == null ? "" : text)
                : imported == null ? List.of() : imported.periods();
        return text == null && periods.isEmpty() ? null : new ReportingRequirement(text, periods);
    }

    private static ParentReference reference(String number, LocalDate date, List<ParentReference> imported) {
        return imported.stream().filter(parent -> parent.number().equals(number) && Objects.equals(parent.date(), date))
                .findFirst().orElseGet(() -> new ParentReference(number, date,
                        "Kế hoạch số " + number + (date == null ? "" : " ngày " + DAY.format(date)), null));
    }

    private static void checkYear(String field, LocalDate date, String name, List<FieldProblem> errors) {
        if (date != null && (date.getYear() < 1990 || date.getYear() > 2100)) {
            errors.add(new FieldProblem(field, name + " không hợp lệ: năm phải từ 1990 đến 2100"));
        }
    }

    private static String text(String given, String imported) {
        return given == null ? imported : blankToNull(nfc(given).strip().replaceAll("\\s+", " "));
    }

    private static String compact(String number) {
        return nfc(number).replaceAll("\\s+", "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
