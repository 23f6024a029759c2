package vn.dondoc.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the fault suite's figures into {@code docs/reliability.md}, each scenario between two
 * markers of its own, so that a new run of a scenario replaces that scenario's figures and leaves
 * the rest of the document as it is.
 */
final class ReliabilityFigures {


    private ReliabilityFigures() {
    }

    static void write(Path document, String scenario, LocalDate day, long seed, List<Outcome> outcomes)
            throws IOException {
        String begin = "<!-- fault suite: " + scenario + " (written by ./run-faults.sh) -->";
        String end = "<!-- end of fault suite: " + scenario + " -->";
        StringBuilder figures = new StringBuilder(begin).append("\n\n");
        figures.append("`./run-faults.sh %s` of %s (seed %d): %d of %d passed.%n%n".formatted(scenario,
                day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), seed,
                outcomes.stream().filter(Outcome::passed).count(), outcomes.size()));
        for (Outcome outcome : outcomes) {
            figures.append("- **").append(outcome.scenario()).append("**: ")
                    .append(outcome.passed() ? "passed" : "FAILED").append('\n');
            outcome.details().forEach(line -> figures.append("  - ").append(line).append('\n'));
            outcome.failures().forEach(line -> figures.append("  - ✗ ").append(line).append('\n'));
        }
        figures.append('\n').append(end);
        String text = Files.exists(document) ? Files.readString(document, StandardCharsets.UTF_8) : "";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        String updated = from >= 0 && to > from
                ? text.substring(0, from) + figures + text.substring(to + end.length())
                : text.stripTrailing() + "\n\n" + figures + "\n";
        Files.writeString(document, updated, StandardCharsets.UTF_8);
    }
}
