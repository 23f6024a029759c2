package vn.dondoc.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dondoc.contracts.EventTypes;

/**
 * The checked-in sample of every event type ({@code event-samples/<type>.json}, the wire form of
 * its first version) is still read by today's records, with a field from a later version ignored,
 * and no field of the sample is lost or renamed when read and written again.
 */
class EventSamplesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyEventTypeHasACheckedInSample() {
        assertThat(EventTypes.all()).allSatisfy(type ->
                assertThat(EventSamplesTest.class.getResource("/event-samples/" + type + ".json"))
                        .as("event-samples/%s.json", type).isNotNull());
    }

    @TestFactory
    Stream<DynamicTest> readsEverySampleAndKeepsEachOfItsFields() {
        return EventTypes.all().stream().sorted().map(type -> DynamicTest.dynamicTest(type, () -> {
            ObjectNode sample = (ObjectNode) JSON.readTree(sample(type));
            ObjectNode fromLaterVersion = sample.deepCopy();
            fromLaterVersion.put("fieldAddedLater", "bỏ qua");

            Object event = EventJson.read(JSON.writeValueAsBytes(fromLaterVersion), EventTypes.payloadOf(type));
            JsonNode writtenAgain = JSON.readTree(EventJson.write(event));

            assertContains(writtenAgain, sample, type);
        }));
    }

    private static void assertContains(JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                assertThat(actual.has(field.getKey())).as("%s.%s is still there", path, field.getKey()).isTrue();
                assertContains(actual.get(field.getKey()), field.getValue(), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as("%s size", path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContains(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    private static String sample(String type) throws IOException {
        try (InputStream in = EventSamplesTest.class.getResourceAsStream("/event-samples/" + type + ".json")) {
            assertThat(in).as("event-samples/%s.json", type).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
