package vn.dondoc.webapp.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The event feed as docs/asyncapi.yaml describes it (copied to {@code dondoc/asyncapi.yaml} on the
 * classpath at build time), read once: its channels, their Kafka topics and keys, each message and
 * the fields of its payload.
 */
@Component
public class EventFeed {

    static final String LOCATION = "dondoc/asyncapi.yaml";

    private final Feed feed;

    public EventFeed() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            this.feed = read(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException("The event feed's description " + LOCATION + " is missing", e);
        }
    }

    public Feed feed() {
        return feed;
    }

    public record Feed(String title, String version, String description, List<Channel> channels) {
    }

    public record Channel(String id, String title, String description, String topic, Integer partitions,
            List<Message> messages) {
    }

    public record Message(String name, String title, String summary, String type, String key, List<Field> fields) {
    }

    /** A payload field; {@code depth} 1 for a field of an element of a list or object. */
    public record Field(String name, String type, boolean required, String description, int depth) {
    }

    @SuppressWarnings("unchecked")
    private static Feed read(Object document) {
        Map<String, Object> root = (Map<String, Object>) document;
        Map<String, Object> info = map(root.get("info"));
        List<Channel> channels = new ArrayList<>();
        map(root.get("channels")).forEach((id, value) -> {
            Map<String, Object> channel = map(value);
            Map<String, Object> kafka = map(map(channel.get("bindings")).get("kafka"));
            List<Message> messages = new ArrayList<>();
            map(channel.get("messages")).values().forEach(ref -> messages.add(message(root, resolve(root, map(ref)))));
            channels.add(new Channel(id, text(channel.get("title")), text(channel.get("description")),
                    kafka.get("topic") != null ? text(kafka.get("topic")) : text(channel.get("address")),
                    kafka.get("partitions") instanceof Number n ? n.intValue() : null, messages));
        });
        return new Feed(text(info.get("title")), text(info.get("version")), text(info.get("description")), channels);
    }

    private static Message message(Map<String, Object> root, Map<String, Object> message) {
        Map<String, Object> key = map(map(map(message.get("bindings")).get("kafka")).get("key"));
        String type = null;
        for (Object part : list(map(message.get("headers")).get("allOf"))) {
            Object ceType = map(map(map(part).get("properties")).get("ce_type")).get("const");
            if (ceType != null) {
                type = text(ceType);
            }
        }
        List<Field> fields = new ArrayList<>();
        Map<String, Object> payload = map(message.get("payload"));
        Map<String, Object> schema = payload.get("$ref") instanceof String file && file.startsWith("./")
                ? schemaFile(file.substring(2)) : resolve(root, payload);
        fields(schema, schema, 0, fields);
        return new Message(text(message.get("name")), text(message.get("title")), text(message.get("summary")), type,
                text(key.get("description")), fields);
    }

    private static void fields(Map<String, Object> root, Map<String, Object> schema, int depth, List<Field> into) {
        Set<Object> required = Set.copyOf(list(schema.get("required")));
        map(schema.get("properties")).forEach((name, value) -> {
            Map<String, Object> property = resolve(root, map(value));
            String type = type(property.get("type"));
            Map<String, Object> items = resolve(root, map(property.get("items")));
            if ("array".equals(type) && items.get("type") != null) {
                type = "array of " + type(items.get("type"));
            }
            if (property.get("format") != null) {
                type = type + " (" + property.get("format") + ")";
            }
            into.add(new Field(name, type, required.contains(name), text(property.get("description")), depth));
            if (depth == 0 && type != null && type.startsWith("object")) {
                fields(root, property, 1, into);
            } else if (depth == 0 && !items.isEmpty()) {
                fields(root, items, 1, into);
            }
        });
    }

    /** A payload's JSON Schema, a file next to the document ({@code ./schemas/<ce_type>.json}). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaFile(String path) {
        try (InputStream in = new ClassPathResource("dondoc/" + path).getInputStream()) {
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The event schema dondoc/" + path + " is missing", e);
        }
    }

    /** A JSON Schema type, {@code "string"} or {@code ["string", "null"]} (read "string or null"). */
    private static String type(Object type) {
        return type instanceof List<?> types ? String.join(" or ", types.stream().map(String::valueOf).toList())
                : text(type);
    }

    /** Follows a local {@code $ref} ("#/components/…", "#/$defs/…"). */
    private static Map<String, Object> resolve(Map<String, Object> root, Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (!(ref instanceof String path) || !path.startsWith("#/")) {
            return node;
        }
        Map<String, Object> at = root;
        for (String step : path.substring(2).split("/")) {
            at = map(at.get(step));
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value).strip();
    }
}
