package vn.dondoc.eventing.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import vn.dondoc.contracts.EventCatalog;
import vn.dondoc.contracts.EventKind;

/**
 * docs/asyncapi.yaml: the hand-written head (feed/asyncapi-head.yaml) with one channel, one receive
 * operation and one message for every event of {@link EventCatalog}; each message's payload is a
 * reference to the event's JSON Schema under docs/schemas/ and its example, where docs/events.md has
 * one, that example.
 */
final class FeedDocument {

    static final Path DOCS = Path.of("../docs");
    static final Path ASYNCAPI = DOCS.resolve("asyncapi.yaml");
    static final Path EVENTS_MD = DOCS.resolve("events.md");

    static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES).enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .disable(YAMLWriteFeature.SPLIT_LINES).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\S+) -->\\s*```json\\s*\\n(.*?)\\n```",
            Pattern.DOTALL);

    private FeedDocument() {
    }

    /** The document as it must be checked in. */
    static String text() {
        ObjectNode document = (ObjectNode) YAML.readTree(head());
        ObjectNode channels = document.objectNode();
        ObjectNode operations = document.objectNode();
        ObjectNode messages = document.objectNode();
        Map<String, JsonNode> examples = examples();
        for (EventKind kind : EventCatalog.all()) {
            String channelId = camel(kind.topic());
            String messageName = kind.payload().getSimpleName();
            String summary = ContractJavadoc.of(kind.payload()).summary();

            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", kind.topic());
            channel.put("title", firstSentence(summary));
            channel.put("description", summary + " Written only by " + kind.writer() + ".");
            channel.putObject("messages").putObject(channelId).put("$ref", "#/components/messages/" + messageName);
            ObjectNode topic = channel.putObject("bindings").putObject("kafka");
            topic.put("topic", kind.topic());
            topic.put("partitions", 3);
            ObjectNode configuration = topic.putObject("topicConfiguration");
            if (vn.dondoc.contracts.Topics.COMPACTED.contains(kind.topic())) {
                configuration.putArray("cleanup.policy").add("compact");
            } else {
                configuration.putArray("cleanup.policy").add("delete");
                configuration.put("retention.ms", 604_800_000L);
            }
            topic.put("bindingVersion", "0.5.0");

            ObjectNode operation = operations.putObject("receive" + messageName);
            operation.put("action", "receive");
            operation.put("title", "Receive " + kind.topic());
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            operation.putArray("messages").addObject().put("$ref", "#/channels/" + channelId + "/messages/" + channelId);
            ObjectNode group = operation.putObject("bindings").putObject("kafka");
            group.putObject("groupId").put("type", "string")
                    .put("description", "The reading system's own consumer group, e.g. ubnd-ioc.");
            group.put("bindingVersion", "0.5.0");

            ObjectNode message = messages.putObject(messageName);
            message.put("name", messageName);
            message.put("title", messageName + " (" + kind.type() + ")");
            message.put("summary", firstSentence(summary));
            message.put("contentType", "application/json");
            ArrayNode headers = message.putObject("headers").putArray("allOf");
            headers.addObject().put("$ref", "#/components/schemas/CloudEventHeaders");
            ObjectNode own = headers.addObject();
            own.put("type", "object");
            ObjectNode attributes = own.putObject("properties");
            attributes.putObject("ce_source").put("const", "/dondoc/" + kind.writer());
            attributes.putObject("ce_type").put("const", kind.type());
            attributes.putObject("ce_dataschema").put("const", EventSchemas.id(kind));
            message.putObject("payload").put("$ref", "./schemas/" + kind.type() + ".json");
            ObjectNode key = message.putObject("bindings").putObject("kafka");
            key.putObject("key").put("type", "string").put("description", kind.key());
            key.put("bindingVersion", "0.5.0");
            JsonNode example = examples.get(kind.type());
            if (example != null) {
                ObjectNode shown = message.putArray("examples").addObject();
                shown.put("name", camel(kind.topic()) + "Example");
                shown.put("summary", "From docs/events.md");
                shown.set("payload", example);
            }
        }
        ObjectNode ordered = document.objectNode();
        document.properties().forEach(entry -> {
            if (entry.getKey().equals("components")) {
                ordered.set("channels", channels);
                ordered.set("operations", operations);
                ObjectNode components = ((ObjectNode) entry.getValue()).deepCopy();
                components.set("messages", messages);
                ordered.set("components", components);
            } else {
                ordered.set(entry.getKey(), entry.getValue());
            }
        });
        return "# Generated by eventing's FeedDocumentsTest from EventCatalog, the event records' Javadoc and\n"
                + "# eventing/src/test/resources/feed/asyncapi-head.yaml: do not edit by hand.\n"
                + YAML.writeValueAsString(ordered);
    }

    /** The examples of docs/events.md, each marked {@code <!-- example: <ce_type> -->} before its block. */
    static Map<String, JsonNode> examples() {
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        Matcher block = EXAMPLE.matcher(read(EVENTS_MD));
        while (block.find()) {
            examples.put(block.group(1), JSON.readTree(block.group(2)));
        }
        return examples;
    }

    private static String head() {
        try (InputStream in = FeedDocument.class.getResourceAsStream("/feed/asyncapi-head.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String camel(String topic) {
        StringBuilder name = new StringBuilder();
        for (String part : topic.split("-")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
