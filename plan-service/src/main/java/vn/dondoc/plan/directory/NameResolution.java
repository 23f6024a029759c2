package vn.dondoc.plan.directory;

import java.util.List;

/**
 * What one name in a unit cell turned out to be.
 *
 * @param text      the name as written
 * @param unitCodes the units it means (empty unless {@link Kind#UNIT} or {@link Kind#GROUP})
 */
public record NameResolution(Kind kind, String text, List<String> unitCodes) {

    public NameResolution {
        unitCodes = List.copyOf(unitCodes);
    }

    public enum Kind {
        /** One unit named explicitly. */
        UNIT,
        /** A group expression, expanded to its units. */
        GROUP,
        /** "có liên quan" or a phrase bound to an event: the office designates the units. */
        NEEDS_DESIGNATION,
        /** A name the directory does not know. */
        UNKNOWN
    }

    public boolean resolved() {
        return kind != Kind.UNKNOWN;
    }
}
