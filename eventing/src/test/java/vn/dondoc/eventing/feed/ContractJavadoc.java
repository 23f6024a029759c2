package vn.dondoc.eventing.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Javadoc of an event record, read from the contract's source: its summary and the description
 * of each {@code @param}. The records are the one home of what a field means; the feed's documents
 * are written from here.
 */
record ContractJavadoc(String summary, Map<String, String> params) {

    static final Path SOURCES = Path.of("../event-contracts/src/main/java/vn/dondoc/contracts");

    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=@param\\s|@\\w+\\s|$)",
            Pattern.DOTALL);

    private static final java.util.Map<Class<?>, ContractJavadoc> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** The Javadoc of a top-level or nested record or enum of the contract (empty if it has none), read once. */
    static ContractJavadoc of(Class<?> type) {
        return READ.computeIfAbsent(type, ContractJavadoc::read);
    }

    private static ContractJavadoc read(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        String source = text(SOURCES.resolve(outer.getSimpleName() + ".java"));
        Matcher declaration = Pattern.compile("public\\s+(?:static\\s+)?(?:record|enum)\\s+" + type.getSimpleName()
                + "\\b").matcher(source);
        if (!declaration.find()) {
            throw new IllegalStateException("no declaration of " + type.getSimpleName() + " in " + outer.getSimpleName());
        }
        String before = source.substring(0, declaration.start());
        Matcher doc = JAVADOC.matcher(before);
        String text = null;
        while (doc.find()) {
            if (before.substring(doc.end()).isBlank()) {
                text = doc.group(1);
            }
        }
        return text == null ? new ContractJavadoc("", Map.of()) : parse(text);
    }

    private static ContractJavadoc parse(String javadoc) {
        String text = clean(javadoc);
        int firstTag = text.indexOf("@param");
        String summary = (firstTag < 0 ? text : text.substring(0, firstTag)).strip();
        Map<String, String> params = new LinkedHashMap<>();
        if (firstTag >= 0) {
            Matcher param = PARAM.matcher(text.substring(firstTag));
            while (param.find()) {
                params.put(param.group(1), param.group(2).strip().replaceAll("\\s+", " "));
            }
        }
        return new ContractJavadoc(summary.replaceAll("\\s+", " "), params);
    }

    /** Javadoc as plain text: no leading stars, {@code x} and {@link X} as their text, no HTML tags. */
    private static String clean(String javadoc) {
        String text = javadoc.lines().map(line -> line.replaceFirst("^\\s*\\*\\s?", "")).reduce("", (a, b) -> a + "\n" + b);
        return text.replaceAll("\\{@(?:code|link|linkplain)\\s+([^}]*)}", "$1").replaceAll("</?\\w+>", "");
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
