package vn.dondoc.eventing.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dondoc.contracts.EventCatalog;
import vn.dondoc.contracts.EventKind;
import vn.dondoc.eventing.EventJson;

/**
 * The province's feed as checked in: docs/schemas/ holds the JSON Schema of every event type, written
 * from the records, and docs/asyncapi.yaml describes every topic with them; both stale → this fails
 * (rewrite both with {@code -Dfeed.write=true}). The AsyncAPI document is valid AsyncAPI 3.0, and
 * every event as the services write it, and every example of docs/events.md, fits its schema.
 */
class FeedDocumentsTest {

    static final Path SCHEMAS = FeedDocument.DOCS.resolve("schemas");
    private static final boolean WRITE = Boolean.getBoolean("feed.write");
    private static final SchemaRegistry DRAFT_2020_12 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Test
    void everyEventTypeHasItsSchemaCheckedInAsTheRecordSaysAndNoOtherSchemaIsThere() throws IOException {
        EventSchemas schemas = new EventSchemas();
        for (EventKind kind : EventCatalog.all()) {
            String expected = FeedDocument.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schemas.of(kind)) + "\n";
            Path file = schemaFile(kind.type());
            if (WRITE) {
                Files.createDirectories(SCHEMAS);
                Files.writeString(file, expected);
            }
            assertThat(file).as("docs/schemas/%s.json is stale: run with -Dfeed.write=true", kind.type())
                    .exists().content().isEqualTo(expected);
        }
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            assertThat(files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(kind -> kind.type() + ".json").toList());
        }
    }

    @Test
    void theAsyncApiDocumentIsCheckedInAsTheCatalogSaysAndDescribesEveryTopic() throws IOException {
        String expected = FeedDocument.text();
        if (WRITE) {
            Files.writeString(FeedDocument.ASYNCAPI, expected);
        }
        assertThat(FeedDocument.ASYNCAPI).as("docs/asyncapi.yaml is stale: run with -Dfeed.write=true")
                .content().isEqualTo(expected);

        JsonNode document = FeedDocument.YAML.readTree(FeedDocument.read(FeedDocument.ASYNCAPI));
        List<String> addresses = document.get("channels").valueStream().map(channel -> channel.get("address").asString())
                .toList();
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventKind::topic).toList());
        document.get("components").get("messages").valueStream().forEach(message ->
                assertThat(FeedDocument.DOCS.resolve(message.get("payload").get("$ref").asString())).isRegularFile());
    }

    @Test
    void theAsyncApiDocumentIsValidAsyncApi3() throws IOException {
        Schema asyncApi;
        try (InputStream specification = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            asyncApi = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(specification);
        }

        assertThat(asyncApi.validate(FeedDocument.read(FeedDocument.ASYNCAPI), InputFormat.YAML)).isEmpty();

        ObjectNode broken = (ObjectNode) FeedDocument.YAML.readTree(FeedDocument.read(FeedDocument.ASYNCAPI));
        ((ObjectNode) broken.get("channels").get("planIssued")).put("address", 42);
        assertThat(asyncApi.validate(broken)).as("a channel whose address is a number").isNotEmpty();
    }

    @Test
    void everyEventAsTheServicesWriteItFitsItsSchema() {
        for (EventKind kind : EventCatalog.all()) {
            Schema schema = schema(kind.type());
            for (Object event : List.of(SampleEvents.full(kind.payload()), SampleEvents.minimal(kind.payload()))) {
                String json = EventJson.write(event);
                assertThat(errors(schema, FeedDocument.JSON.readTree(json))).as("%s %s", kind.type(), json).isEmpty();
            }
            ObjectNode withoutId = (ObjectNode) FeedDocument.JSON.readTree(EventJson.write(SampleEvents.full(kind.payload())));
            withoutId.remove("eventId");
            assertThat(errors(schema, withoutId)).as("%s without its eventId", kind.type()).isNotEmpty();
        }
    }

    @Test
    void everyExampleOfTheCatalogueFitsItsSchema() {
        Map<String, JsonNode> examples = FeedDocument.examples();

        assertThat(examples).isNotEmpty();
        examples.forEach((type, example) ->
                assertThat(errors(schema(type), example)).as("the example of %s in docs/events.md", type).isEmpty());
        assertThat(FeedDocument.read(FeedDocument.EVENTS_MD).split("```json", -1)).as("every JSON block is a marked example")
                .hasSize(examples.size() + 1);
    }

    @Test
    void everyCheckedInSampleOfAFirstVersionStillFitsTodaysSchema() throws IOException {
        for (EventKind kind : EventCatalog.all()) {
            try (InputStream sample = getClass().getResourceAsStream("/event-samples/" + kind.type() + ".json")) {
                assertThat(sample).as("event-samples/%s.json", kind.type()).isNotNull();
                assertThat(errors(schema(kind.type()), FeedDocument.JSON.readTree(sample)))
                        .as("event-samples/%s.json", kind.type()).isEmpty();
            }
        }
    }

    static Schema schema(String type) {
        return DRAFT_2020_12.getSchema(FeedDocument.read(schemaFile(type)), InputFormat.JSON);
    }

    static List<String> errors(Schema schema, JsonNode instance) {
        return schema.validate(instance, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Error::toString).toList();
    }

    static Path schemaFile(String type) {
        return SCHEMAS.resolve(type + ".json");
    }
}
