package vn.dondoc.eventing.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whether today's schema of an event still reads every event written under a released one: no field
 * removed, none retyped (its types may only widen, e.g. gain {@code null}; its format stays), no
 * field newly required — in the event and in every object and list inside it.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** What today's schema breaks of the released one (empty: compatible). */
    static List<String> breaks(JsonNode released, JsonNode today) {
        List<String> breaks = new ArrayList<>();
        compare(released, released, today, today, "", breaks);
        return breaks;
    }

    private static void compare(JsonNode releasedRoot, JsonNode releasedNode, JsonNode todayRoot, JsonNode todayNode,
            String path, List<String> breaks) {
        JsonNode before = resolve(releasedRoot, releasedNode);
        JsonNode after = resolve(todayRoot, todayNode);
        Set<String> typesBefore = types(before);
        Set<String> typesAfter = types(after);
        if (!typesAfter.containsAll(typesBefore)) {
            breaks.add(where(path) + " retyped: " + typesBefore + " → " + typesAfter);
        }
        if (!text(before, "format").equals(text(after, "format"))) {
            breaks.add(where(path) + " format changed: " + text(before, "format") + " → " + text(after, "format"));
        }
        Set<String> requiredBefore = names(before.get("required"));
        for (String field : names(after.get("required"))) {
            if (!requiredBefore.contains(field)) {
                breaks.add(where(path + "." + field) + " newly required");
            }
        }
        JsonNode propertiesBefore = before.get("properties");
        JsonNode propertiesAfter = after.get("properties");
        if (propertiesBefore != null) {
            for (String field : propertiesBefore.propertyNames()) {
                JsonNode now = propertiesAfter == null ? null : propertiesAfter.get(field);
                if (now == null) {
                    breaks.add(where(path + "." + field) + " removed");
                } else {
                    compare(releasedRoot, propertiesBefore.get(field), todayRoot, now, path + "." + field, breaks);
                }
            }
        }
        if (before.has("items")) {
            if (after.has("items")) {
                compare(releasedRoot, before.get("items"), todayRoot, after.get("items"), path + "[]", breaks);
            } else {
                breaks.add(where(path) + " is no longer a list of the same items");
            }
        }
    }

    /** Follows a {@code $ref} into the schema's own {@code $defs}. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.asString().startsWith("#/")) {
            return node;
        }
        JsonNode at = root;
        for (String step : ref.asString().substring(2).split("/")) {
            at = at.get(step);
        }
        return at;
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        return type == null ? Set.of() : type.isArray() ? names(type) : Set.of(type.asString());
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new LinkedHashSet<>();
        if (array != null) {
            array.forEach(name -> names.add(name.asString()));
        }
        return names;
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asString() : "";
    }

    private static String where(String path) {
        return path.isEmpty() ? "the event" : path.substring(path.startsWith(".") ? 1 : 0);
    }
}
