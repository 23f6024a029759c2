package vn.dondoc.plan.importing;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.plan.directory.NameResolution;
import vn.dondoc.plan.directory.Roster;

/**
 * Reads a unit cell ("- Văn phòng Sở; - Các phòng, đơn vị thuộc Sở.", "- A - B", "A và các phòng
 * có liên quan") into names resolved against the roster. A name is split at " - ", " và " or ","
 * only when the whole does not name a unit or group but its parts do, so "Phòng Kế hoạch - Tài
 * chính" stays one unit.
 */
final class UnitCell {

    private static final List<String> SEPARATORS = List.of(" - ", " và ", ", ");

    private UnitCell() {
    }

    static List<NameResolution> resolve(String cell, Roster roster) {
        List<NameResolution> names = new ArrayList<>();
        for (String item : items(cell)) {
            names.addAll(resolveItem(item, roster, 0));
        }
        return names;
    }

    static List<String> items(String cell) {
        List<String> items = new ArrayList<>();
        for (String part : cell.split(";|\\n\\s*(?=[-–•+]\\s)")) {
            String item = part.replaceAll("\\s+", " ").strip()
                    .replaceAll("^[-–•+]\\s*", "")
                    .replaceAll("[.;,:]+$", "")
                    .strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    private static List<NameResolution> resolveItem(String item, Roster roster, int depth) {
        NameResolution whole = roster.resolve(item);
        if (whole.kind() == NameResolution.Kind.UNIT || whole.kind() == NameResolution.Kind.GROUP || depth > 2) {
            return List.of(whole);
        }
        for (String separator : SEPARATORS) {
            String[] parts = item.split(java.util.regex.Pattern.quote(separator));
            if (parts.length < 2) {
                continue;
            }
            List<NameResolution> split = new ArrayList<>();
            for (String part : parts) {
                split.addAll(resolveItem(part.strip(), roster, depth + 1));
            }
            boolean allKnown = split.stream().allMatch(NameResolution::resolved);
            boolean namesUnits = split.stream().anyMatch(name -> name.kind() == NameResolution.Kind.UNIT
                    || name.kind() == NameResolution.Kind.GROUP);
            if (allKnown && (namesUnits || !whole.resolved())) {
                return split;
            }
        }
        return List.of(whole);
    }
}
