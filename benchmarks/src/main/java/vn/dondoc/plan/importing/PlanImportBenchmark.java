package vn.dondoc.plan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.dondoc.plan.directory.NameResolution;
import vn.dondoc.plan.directory.Roster;
import vn.dondoc.plan.directory.RosterFile;

/**
 * The importer's hot pure code: seed 001 as received (22 tasks), a 500-task plan built from its
 * rows, and the resolution of a unit cell that names a group.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanImportBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    private String seed001;
    private String plan500;
    private Roster roster;
    private PlanImporter importer;

    @Setup
    public void load() throws IOException {
        seed001 = resource("/seeds/seed-001.txt");
        roster = new Roster("SKHCN", RosterFile.read(resource("/example/example-roster-skhcn.yml")), TODAY);
        importer = new PlanImporter((department, asOf) -> roster);
        plan500 = withTaskRows(seed001, 500);
        int imported = importer.importText(plan500, null, TODAY).tasks().size();
        if (imported != 500) {
            throw new IllegalStateException("the synthetic plan imports " + imported + " tasks, not 500");
        }
    }

    @Benchmark
    public ImportedPlan importSeed001() {
        return importer.importText(seed001, null, TODAY);
    }

    @Benchmark
    public ImportedPlan importFiveHundredTaskPlan() {
        return importer.importText(plan500, null, TODAY);
    }

    @Benchmark
    public NameResolution expandGroupOfUnitsWithProcedures() {
        return roster.resolve("Các phòng, đơn vị thuộc Sở có thủ tục hành chính");
    }

    @Benchmark
    public NameResolution matchNameWithoutDiacritics() {
        return roster.resolve("Van phong so");
    }

    /** Seed 001 with its task rows repeated, renumbered, until the table has {@code tasks} rows. */
    static String withTaskRows(String seed, int tasks) {
        String[] lines = seed.split("\n", -1);
        StringBuilder header = new StringBuilder();
        StringBuilder footer = new StringBuilder();
        java.util.List<String> taskRows = new java.util.ArrayList<>();
        boolean inTable = false;
        boolean afterTable = false;
        for (String line : lines) {
            boolean row = line.matches("^\\d+(\\.\\d+)*\\t.*") && line.split("\t", -1).length >= 5;
            if (line.startsWith("STT\t")) {
                inTable = true;
                header.append(line).append('\n');
            } else if (inTable && !afterTable && row) {
                taskRows.add(line.substring(line.indexOf('\t')));
            } else if (inTable && !afterTable && line.contains("\t")) {
                continue;
            } else if (inTable && !line.isBlank() && !afterTable && !line.contains("\t")) {
                afterTable = true;
                footer.append(line).append('\n');
            } else if (afterTable) {
                footer.append(line).append('\n');
            } else {
                header.append(line).append('\n');
            }
        }
        StringBuilder document = new StringBuilder(header).append("<b>1.</b>\t<b>Nhiệm vụ</b>\t\t\t\n");
        for (int task = 0; task < tasks; task++) {
            document.append("1.").append(task + 1).append(taskRows.get(task % taskRows.size())).append('\n');
        }
        return document.append(footer).toString();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PlanImportBenchmark.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
