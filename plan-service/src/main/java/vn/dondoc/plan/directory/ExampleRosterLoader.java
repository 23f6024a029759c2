package vn.dondoc.plan.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the EXAMPLE rosters shipped with the service (the two example departments SKHCN and SDTTG,
 * and the province-level directory of TN under the scope {@code UBND}), each when its department has
 * no units yet (so a data folder from before a roster was shipped gets it, and a department that
 * loaded its own keeps it), so a local run can import the seed plans. Off with
 * {@code plan.directory.load-example=false}. First, whatever the setting, announces the units stored
 * before {@code unit-directory-changed} existed ({@link UnitDirectory#announceUnannounced()}).
 */
@Component
class ExampleRosterLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExampleRosterLoader.class);

    private final UnitDirectory directory;
    private final boolean enabled;
    private final List<String> resources;

    ExampleRosterLoader(UnitDirectory directory,
            @Value("${plan.directory.load-example:true}") boolean enabled,
            @Value("${plan.directory.example-resources:example/example-roster-skhcn.yml,example/example-roster-sdttg.yml,example/example-roster-tn.yml}")
            List<String> resources) {
        this.directory = directory;
        this.enabled = enabled;
        this.resources = List.copyOf(resources);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int announced = directory.announceUnannounced();
        if (announced > 0) {
            log.info("Announced {} units stored before unit-directory-changed existed", announced);
        }
        if (!enabled) {
            return;
        }
        for (String resource : resources) {
            try (InputStream in = new ClassPathResource(resource).getInputStream()) {
                List<Unit> units = RosterFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                String department = units.isEmpty() ? null : units.get(0).departmentCode();
                if (department == null || !directory.unitsOf(department).isEmpty()) {
                    continue;
                }
                int count = directory.load(units).size();
                log.info("Loaded {} units of the EXAMPLE roster {} (example data, not a real department)", count, resource);
            }
        }
    }
}
