package vn.dondoc.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and mutated documents: the importer returns a plan or says it is not one, and never throws anything else. */
class ImporterFuzzTest {

    static final String ALPHABET = "\t\n\r -.;,:/()<>*#0123456789IVXaăâđeêoôơuưyKẾHOẠCHSốngàytháng năm Văn phòng Sở"
            + "Thường xuyên quý \u0000\uFFFD\u0301\u00A0\uD83D\uDE00";

    final PlanImporter importer = new PlanImporter(Seeds.exampleSkhcn());

    @Test
    void neverThrowsAnythingButNotAPlanOnMutatedSeedsAndRandomText() {
        Random random = new Random(20261122L);
        int plans = 0;
        for (int i = 0; i < 800; i++) {
            String input = i % 5 == 4 ? randomText(random, random.nextInt(400)) : mutate(Seeds.seed(i % 5), random);
            try {
                ImportedPlan plan = importer.importText(input, i % 3 == 0 ? "SKHCN" : null, LocalDate.of(2026, 1, 1));
                assertThat(plan.header()).isNotNull();
                plans++;
            } catch (NotAPlanException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (RuntimeException e) {
                throw new AssertionError("input #" + i + " threw " + e + "\n---\n"
                        + input.substring(0, Math.min(input.length(), 2000)), e);
            }
        }
        assertThat(plans).isGreaterThan(250);
    }

    private static String mutate(String seed, Random random) {
        List<String> lines = new ArrayList<>(List.of(seed.split("\n", -1)));
        int edits = 1 + random.nextInt(12);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(7)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, randomText(random, random.nextInt(80)));
                case 2 -> lines.set(at, lines.get(at).replace("\t", random.nextBoolean() ? "" : "\t\t"));
                case 3 -> Collections.swap(lines, at, random.nextInt(lines.size()));
                case 4 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
                case 5 -> lines.set(at, "\t" + lines.get(at));
                default -> lines.set(at, lines.get(at).replaceAll("\\d", String.valueOf(random.nextInt(100))));
            }
        }
        String text = String.join("\n", lines);
        return random.nextInt(10) == 0 ? text.substring(0, random.nextInt(text.length() + 1)) : text;
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
