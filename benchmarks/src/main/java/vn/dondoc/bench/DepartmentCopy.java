package vn.dondoc.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * A document of one department rewritten as another department's, so that copies of what the pipeline
 * wrote look like a second department's own data: in every string, at any depth, the department's code
 * where it stands as a word ({@code BENCH}, {@code BENCH.U03}, {@code 1/KH-BENCH}) becomes the other
 * code, and every UUID (plan ids, event ids) becomes one of the other department's, derived from it so
 * that the same plan is the same plan in every collection and every copy.
 */
record DepartmentCopy(String from, String to) {

    private static final Pattern UUIDS = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    DepartmentCopy {
        if (from.equals(to)) {
            throw new IllegalArgumentException("a copy into another department, not into " + from);
        }
    }

    /** The document as the other department's (a new document; the original is unchanged). */
    Document of(Document original) {
        Document copy = new Document();
        original.forEach((name, value) -> copy.put(name, rewritten(value)));
        return copy;
    }

    private Object rewritten(Object value) {
        if (value instanceof String text) {
            return text(text);
        }
        if (value instanceof Document document) {
            return of(document);
        }
        if (value instanceof Map<?, ?> map) {
            return of(new Document(castKeys(map)));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::rewritten).toList();
        }
        return value;
    }

    /** The text with the other department's code and UUIDs. */
    String text(String text) {
        String renamed = text.replaceAll("\\b" + Pattern.quote(from) + "\\b", Matcher.quoteReplacement(to));
        return UUIDS.matcher(renamed).replaceAll(uuid -> UUID.nameUUIDFromBytes(
                (to + ":" + uuid.group()).getBytes(StandardCharsets.UTF_8)).toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castKeys(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
