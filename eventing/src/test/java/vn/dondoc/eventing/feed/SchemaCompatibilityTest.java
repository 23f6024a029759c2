package vn.dondoc.eventing.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each schema of docs/schemas/ reads every event written under the last released one
 * (docs/schemas/released/&lt;version&gt;/): a field removed or retyped, or newly required, fails the build.
 * A breaking change is a new {@code ce_type} version with a schema of its own.
 */
class SchemaCompatibilityTest {

    static final Path RELEASED = FeedDocumentsTest.SCHEMAS.resolve("released");

    @Test
    void everyReleasedSchemaIsStillReadByTodaysSchema() throws IOException {
        Path last = lastRelease();
        try (Stream<Path> files = Files.list(last)) {
            List<Path> released = files.filter(file -> file.toString().endsWith(".json")).toList();
            assertThat(released).isNotEmpty();
            for (Path file : released) {
                Path today = FeedDocumentsTest.SCHEMAS.resolve(file.getFileName());
                assertThat(today).as("%s was released in %s and is gone", file.getFileName(), last.getFileName()).exists();
                assertThat(SchemaCompatibility.breaks(read(file), read(today))).as("%s against release %s",
                        file.getFileName(), last.getFileName()).isEmpty();
            }
        }
    }

    @Test
    void aFieldRemovedRetypedOrNewlyRequiredBreaksAndAnOptionalFieldAddedDoesNot() throws IOException {
        JsonNode released = read(FeedDocumentsTest.schemaFile("vn.dondoc.plan.issued.v1"));

        ObjectNode removed = (ObjectNode) released.deepCopy();
        ((ObjectNode) removed.get("properties")).remove("issuedOn");
        ObjectNode retyped = (ObjectNode) released.deepCopy();
        ((ObjectNode) retyped.get("properties").get("tasks").get("items").get("properties").get("dueDate"))
                .put("type", "integer");
        ObjectNode required = (ObjectNode) released.deepCopy();
        ((ArrayNode) required.get("required")).add("coverageStart");
        ObjectNode grown = (ObjectNode) released.deepCopy();
        ((ObjectNode) grown.get("properties")).putObject("signedBy").putArray("type").add("string").add("null");

        assertThat(SchemaCompatibility.breaks(released, removed)).containsExactly("issuedOn removed");
        assertThat(SchemaCompatibility.breaks(released, retyped)).singleElement().asString()
                .startsWith("tasks[].dueDate retyped");
        assertThat(SchemaCompatibility.breaks(released, required)).containsExactly("coverageStart newly required");
        assertThat(SchemaCompatibility.breaks(released, grown)).isEmpty();
    }

    private static Path lastRelease() throws IOException {
        try (Stream<Path> releases = Files.list(RELEASED)) {
            return releases.filter(Files::isDirectory)
                    .max(Comparator.comparing(path -> Runtime.Version.parse(path.getFileName().toString())))
                    .orElseThrow();
        }
    }

    private static JsonNode read(Path file) {
        return FeedDocument.JSON.readTree(FeedDocument.read(file));
    }
}
