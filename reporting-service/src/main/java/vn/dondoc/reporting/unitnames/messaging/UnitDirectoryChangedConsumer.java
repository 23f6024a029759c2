package vn.dondoc.reporting.unitnames.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.UnitDirectoryChanged;
import vn.dondoc.eventing.CloudEventReader;
import vn.dondoc.reporting.unitnames.UnitName;
import vn.dondoc.reporting.unitnames.UnitNames;

/** Binding {@code unitDirectoryChanged-in-0}: keeps the newest name of each directory entry. */
@Configuration(proxyBeanMethods = false)
class UnitDirectoryChangedConsumer {

    @Bean
    Consumer<Message<byte[]>> unitDirectoryChanged(CloudEventReader reader, UnitNames names) {
        return message -> {
            UnitDirectoryChanged event = reader.read(message, UnitDirectoryChanged.class).data();
            names.record(new UnitName(event.unitId(), event.unitCode(), event.name(), event.departmentCode(),
                    event.kind(), event.validFrom(), event.validTo(), event.successor(), event.occurredAt(),
                    event.eventId()));
        };
    }
}
