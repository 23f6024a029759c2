package vn.dondoc.plan.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.plan.directory.NameKey;
import vn.dondoc.plan.timeframe.TimeframeParser;
import vn.dondoc.vocabulary.PeriodType;

/** Reads number, department, place and date, title, coverage, parent plans, signer, recipients and reporting requirement. */
final class HeaderParser {

    private static final Pattern NUMBER = Pattern.compile(
            "^Số\\s*:?\\s*(\\d{1,6}(?:\\.\\d{1,3})?)?\\s*/\\s*(\\p{Lu}[\\p{L}\\d&]*(?:-[\\p{L}\\d&]+)+)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^([\\p{L}][\\p{L} .]{0,40}?),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})");
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(Sở(?:\\s+\\p{Lu}[\\p{L}&]*|\\s+và|\\s+\\p{Ll}+){1,8}?)\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:xây dựng|ban hành)");
    private static final Pattern PARENT = Pattern.compile(
            "Kế hoạch\\s+số\\s+(\\d[\\d.]*/\\s*[\\p{Lu}][\\p{L}\\d&]*(?:\\s*-\\s*[\\p{L}\\d&]+)+)\\s+ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern REPORT_IN_BRACKETS = Pattern.compile(
            "báo cáo\\s*\\(((?:quý|năm|tháng|\\d{1,2} tháng|6 tháng|,|\\s|và)+)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIODIC = Pattern.compile(
            "định kỳ\\s+((?:(?:\\d{1,2}\\s+tháng|quý|năm|tháng|hằng|hàng)(?:\\s*,\\s*|\\s+và\\s+|\\s+)?){1,8})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORITY = Pattern.compile(
            "((?:KT\\.\\s*|TM\\.\\s*)?(?:PHÓ\\s+)?(?:GIÁM ĐỐC|CHỦ TỊCH)|TM\\.\\s*(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND))");
    /** "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "UBND TỈNH …", or "ỦY BAN NHÂN DÂN" with "TỈNH …" on the next line. */
    private static final Pattern PROVINCE_ISSUER = Pattern.compile("^((?:ỦY|UỶ) BAN NHÂN DÂN|UBND)(\\s+TỈNH\\s+\\p{Lu}[\\p{Lu} ]*)?$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,4}$");

    private HeaderParser() {
    }

    static PlanHeader parse(DocumentText document, String departmentOverride) {
        List<String> lines = document.lines().stream().map(line -> line.replace('\t', ' ').strip()).toList();
        String number = null;
        String symbolDepartment = null;
        IssueDate issueDate = null;
        String place = null;
        for (String line : lines.subList(0, Math.min(lines.size(), 60))) {
            Matcher m = NUMBER.matcher(line);
            if (number == null && m.find()) {
                number = (m.group(1) == null ? "" : m.group(1)) + "/" + m.group(2);
                String[] groups = m.group(2).split("-");
                symbolDepartment = groups[groups.length - 1];
            }
            m = PLACE_DATE.matcher(line);
            if (issueDate == null && m.find()) {
                place = m.group(1).strip();
                issueDate = issueDate(m);
            }
        }
        int titleAt = titleLine(lines);
        String title = title(lines, titleAt);
        String basis = basis(lines, titleAt);
        String body = String.join(" ", lines);
        String department = departmentOverride != null && !departmentOverride.isBlank()
                ? departmentOverride.strip() : symbolDepartment;
        LocalDate[] coverage = coverage(title, issueDate);
        int recipientsAt = indexOf(lines, "nơi nhận");
        String[] signature = signature(lines, Math.max(recipientsAt, 0));
        return new PlanHeader(number, department, departmentName(lines, body), place, issueDate, title,
                coverage[0], coverage[1], parents(basis, issueDate), signature[1], signature[0],
                recipients(lines, recipientsAt), reporting(body));
    }

    private static IssueDate issueDate(Matcher m) {
        int year = Integer.parseInt(m.group(4));
        try {
            if (m.group(2) != null && m.group(3) != null) {
                return new IssueDate(LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2))),
                        IssueDate.Precision.DAY);
            }
            if (m.group(3) != null) {
                return new IssueDate(LocalDate.of(year, Integer.parseInt(m.group(3)), 1), IssueDate.Precision.MONTH);
            }
        } catch (DateTimeException e) {
            // an impossible day or month: fall back to the year
        }
        return new IssueDate(LocalDate.of(year, 1, 1), IssueDate.Precision.YEAR);
    }

    private static int titleLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (NameKey.of(lines.get(i)).equals("ke hoach")) {
                return i;
            }
        }
        return -1;
    }

    private static String title(List<String> lines, int titleAt) {
        if (titleAt < 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int i = titleAt + 1; i < lines.size() && parts.size() < 6; i++) {
            String line = lines.get(i);
            if (line.matches("^(Thực hiện|Căn cứ|I\\.|Sở |Để ).*")) {
                break;
            }
            if (!line.isEmpty()) {
                parts.add(line);
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts).replaceAll("\\s+", " ");
    }

    private static String basis(List<String> lines, int titleAt) {
        StringBuilder basis = new StringBuilder();
        for (int i = Math.max(titleAt, 0); i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.matches("^(I\\.|1\\.).*")) {
                break;
            }
            basis.append(line.endsWith("-") ? line : line + " ");
        }
        return basis.toString().replaceAll("\\s+", " ");
    }

    /** The issuer as the header names it: a department ("SỞ …") before the province ("ỦY BAN NHÂN DÂN TỈNH …"). */
    private static String departmentName(List<String> lines, String body) {
        List<String> top = lines.subList(0, Math.min(lines.size(), 15));
        for (String line : top) {
            if (line.startsWith("SỞ ") && line.equals(line.toUpperCase())) {
                return line;
            }
        }
        for (int i = 0; i < top.size(); i++) {
            Matcher m = PROVINCE_ISSUER.matcher(top.get(i));
            if (m.matches() && m.group(2) != null) {
                return top.get(i).replaceAll("\\s+", " ");
            }
            if (m.matches() && i + 1 < top.size() && top.get(i + 1).matches("TỈNH\\s+\\p{Lu}[\\p{Lu} ]*")) {
                return m.group(1) + " " + top.get(i + 1).replaceAll("\\s+", " ");
            }
        }
        Matcher m = DEPARTMENT.matcher(body);
        return m.find() ? m.group(1).strip() : null;
    }

    private static LocalDate[] coverage(String title, IssueDate issueDate) {
        String key = NameKey.of(title);
        Matcher part = Pattern.compile("(\\d{1,2}) thang (cuoi|dau) nam (\\d{4})").matcher(key);
        if (part.find()) {
            int months = Math.min(12, Math.max(1, Integer.parseInt(part.group(1))));
            int year = Integer.parseInt(part.group(3));
            return part.group(2).equals("cuoi")
                    ? new LocalDate[] {LocalDate.of(year, 13 - months, 1), LocalDate.of(year, 12, 31)}
                    : new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, months, 1).plusMonths(1).minusDays(1)};
        }
        Matcher year = Pattern.compile("nam (\\d{4})").matcher(key);
        String found = null;
        while (year.find()) {
            found = year.group(1);
        }
        if (found != null) {
            int y = Integer.parseInt(found);
            return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
        if (issueDate != null) {
            return new LocalDate[] {issueDate.date(), LocalDate.of(issueDate.date().getYear(), 12, 31)};
        }
        return new LocalDate[] {null, null};
    }

    private static List<ParentReference> parents(String basis, IssueDate issueDate) {
        List<ParentReference> parents = new ArrayList<>();
        Matcher m = PARENT.matcher(basis);
        while (m.find()) {
            String number = m.group(1).replaceAll("\\s+", "");
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                parents.add(new ParentReference(number, null, m.group(), "Ngày của Kế hoạch số " + number + " không hợp lệ"));
                continue;
            }
            parents.add(new ParentReference(number, date, m.group(), warning(number, date, issueDate)));
        }
        return parents;
    }

    private static String warning(String number, LocalDate date, IssueDate issueDate) {
        if (issueDate == null) {
            return null;
        }
        if (date.getYear() != issueDate.date().getYear()) {
            return "Kế hoạch số " + number + " được dẫn với ngày " + date.getDayOfMonth() + "/" + date.getMonthValue()
                    + "/" + date.getYear() + " trong kế hoạch năm " + issueDate.date().getYear() + ": cần kiểm tra lại";
        }
        if (issueDate.precision() == IssueDate.Precision.DAY && date.isAfter(issueDate.date())) {
            return "Kế hoạch số " + number + " có ngày sau ngày ban hành kế hoạch này: cần kiểm tra lại";
        }
        return null;
    }

    private static int indexOf(List<String> lines, String phrase) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toLowerCase().contains(phrase)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> recipients(List<String> lines, int at) {
        List<String> recipients = new ArrayList<>();
        if (at < 0) {
            return recipients;
        }
        for (int i = at + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("-")) {
                break;
            }
            recipients.add(line.replaceAll("^-\\s*", "").replaceAll("[;.]+$", "").strip());
        }
        return recipients;
    }

    /** {authority, signer}. */
    private static String[] signature(List<String> lines, int from) {
        List<String> authority = new ArrayList<>();
        int last = -1;
        for (int i = from; i < lines.size(); i++) {
            Matcher m = AUTHORITY.matcher(lines.get(i));
            if (m.find()) {
                authority.add(m.group(1).replaceAll("\\s+", " "));
                last = i;
            } else if (!authority.isEmpty() && !lines.get(i).isEmpty() && !lines.get(i).startsWith("-")) {
                break;
            }
        }
        for (int i = last + 1; last >= 0 && i < lines.size(); i++) {
            if (NAME.matcher(lines.get(i)).matches()) {
                return new String[] {String.join(" / ", authority), lines.get(i)};
            }
        }
        return new String[] {authority.isEmpty() ? null : String.join(" / ", authority), null};
    }

    private static ReportingRequirement reporting(String body) {
        for (Pattern pattern : List.of(PERIODIC, REPORT_IN_BRACKETS)) {
            Matcher m = pattern.matcher(body);
            while (m.find()) {
                List<PeriodType> periods = TimeframeParser.periods(m.group(1));
                if (!periods.isEmpty()) {
                    return new ReportingRequirement(m.group().strip().replaceAll("[\\s,]+$", ""), periods);
                }
            }
        }
        return null;
    }
}
