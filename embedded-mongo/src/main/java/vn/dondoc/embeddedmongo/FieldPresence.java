package vn.dondoc.embeddedmongo;

import java.util.List;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Whether a document may have a value at a path, for {@code $exists: true}: never "no" when
 * MongoDB would say yes. A path through an array by position ({@code pendingEvents.0}) is followed;
 * a path into the elements of an array by name may match any element, so it counts as present.
 */
final class FieldPresence {

    private FieldPresence() {
    }

    static boolean mayHave(Document document, String path) {
        Object current = document;
        for (String segment : path.split("\\.")) {
            if (current instanceof Document subdocument) {
                if (!subdocument.containsKey(segment)) {
                    return false;
                }
                current = subdocument.get(segment);
            } else if (current instanceof List<?> list) {
                if (!isPosition(segment)) {
                    return true;
                }
                int position = Integer.parseInt(segment);
                if (position >= list.size()) {
                    return false;
                }
                current = list.get(position);
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isPosition(String segment) {
        return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
    }
}
