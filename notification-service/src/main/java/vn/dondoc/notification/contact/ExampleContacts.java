package vn.dondoc.notification.contact;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the shipped EXAMPLE contacts (fictitious addresses of the example roster) when no contact
 * exists and {@code notification.contacts.load-examples} is true, so the local run has someone to
 * tell. A real department replaces them through the API.
 */
@Component
class ExampleContacts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExampleContacts.class);

    private final Contacts contacts;
    private final boolean load;
    private final Resource resource;

    ExampleContacts(Contacts contacts,
            @Value("${notification.contacts.load-examples:false}") boolean load,
            @Value("${notification.contacts.examples:classpath:example-contacts.json}") Resource resource) {
        this.contacts = contacts;
        this.load = load;
        this.resource = resource;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!load || !contacts.none()) {
            return;
        }
        try (InputStream in = resource.getInputStream()) {
            UnitContact[] examples = JsonMapper.builder().build().readValue(in, UnitContact[].class);
            for (UnitContact example : examples) {
                contacts.save(new UnitContact(example.unitCode(), example.emails(), example.webhooks(),
                        example.kinds(), example.channels(), example.cadence(), true));
            }
            log.info("Loaded {} EXAMPLE unit contacts from {}", examples.length, resource);
        }
    }
}
