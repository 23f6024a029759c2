package vn.dondoc.unitnames;

import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.messaging.Message;
import vn.dondoc.contracts.UnitDirectoryChanged;
import vn.dondoc.eventing.CloudEventReader;

/** {@link UnitNames} and the function of binding {@code unitDirectoryChanged-in-0}, which keeps them. */
@AutoConfiguration
public class UnitNamesAutoConfiguration {

    @Bean
    UnitNames unitNames(MongoOperations mongo) {
        return new UnitNames(mongo);
    }

    /** Keeps the newest name of each directory entry. */
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
