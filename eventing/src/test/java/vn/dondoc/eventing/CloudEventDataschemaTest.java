package vn.dondoc.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.contracts.EventTypes;

/** Every event of the contract names its JSON Schema; the name is the {@code $id} of the checked-in file. */
class CloudEventDataschemaTest {

    private final CloudEventPublisher publisher = new CloudEventPublisher(null, URI.create("/dondoc/plan-service"),
            Duration.ofSeconds(1), new SimpleMeterRegistry());

    @Test
    void anEventOfTheContractCarriesTheIdOfItsCheckedInSchema() throws IOException {
        CloudEvent event = publisher.toCloudEvent(new PendingEvent("e-1", "plan-issued", EventTypes.PLAN_ISSUED, "p-1",
                "257/KH-SKHCN", Instant.parse("2026-01-20T03:12:45Z"), "{}"));

        assertThat(event.getDataSchema()).hasToString("urn:dondoc:schema:vn.dondoc.plan.issued.v1");
        String schema = Files.readString(Path.of("../docs/schemas/vn.dondoc.plan.issued.v1.json"));
        assertThat(JsonMapper.builder().build().readTree(schema).get("$id").asString())
                .isEqualTo(event.getDataSchema().toString());
    }

    @Test
    void anEventOfNoKnownTypeNamesNoSchema() {
        CloudEvent event = publisher.toCloudEvent(new PendingEvent("e-2", "things", "vn.dondoc.test.happened.v1", "t-1",
                "Việc số 1", Instant.parse("2026-01-20T03:12:45Z"), "{}"));

        assertThat(event.getDataSchema()).isNull();
    }
}
