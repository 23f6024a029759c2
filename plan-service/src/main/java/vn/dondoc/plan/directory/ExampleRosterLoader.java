package vn.dondoc.plan.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the EXAMPLE roster shipped with the service when the directory is empty, so a local run
 * can import the seed plans. Off with {@code plan.directory.load-example=false}.
 */
@Component
class ExampleRosterLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExampleRosterLoader.class);

    private final UnitDirectory directory;
    private final boolean enabled;
    private final String resource;

    ExampleRosterLoader(UnitDirectory directory,
            @Value("${plan.directory.load-example:true}") boolean enabled,
            @Value("${plan.directory.example-resource:example/example-roster-skhcn.yml}") String resource) {
        this.directory = directory;
        this.enabled = enabled;
        this.resource = resource;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || !directory.isEmpty()) {
            return;
        }
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            int count = directory.load(RosterFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8))).size();
            log.info("Loaded {} units of the EXAMPLE roster {} (example data, not a real department)", count, resource);
        }
    }
}
