package vn.dondoc.webapp.admin;

import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of unit plan-service knows, in Vietnamese, in the order the form offers them. */
final class UnitKinds {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("OFFICE", "Văn phòng Sở");
        LABELS.put("DIVISION", "Phòng chuyên môn");
        LABELS.put("AFFILIATED_CENTRE", "Trung tâm, đơn vị trực thuộc");
        LABELS.put("LEADERSHIP", "Lãnh đạo Sở");
        LABELS.put("EXTERNAL", "Cơ quan, đơn vị ngoài Sở");
        LABELS.put("DEPARTMENT", "Sở (danh mục của tỉnh)");
    }

    private UnitKinds() {
    }

    /** Every kind a department's office may choose (a Sở is a unit only in the province's directory). */
    static Map<String, String> forDepartment() {
        Map<String, String> kinds = new LinkedHashMap<>(LABELS);
        kinds.remove("DEPARTMENT");
        return kinds;
    }

    static String label(String kind) {
        return kind == null ? "" : LABELS.getOrDefault(kind, kind);
    }
}
