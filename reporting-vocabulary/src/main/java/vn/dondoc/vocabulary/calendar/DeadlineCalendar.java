package vn.dondoc.vocabulary.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.vocabulary.ReportingPeriod;

/**
 * The one calendar both services count deadlines in (ADR 0007): the working days (announced years,
 * else the Labour Code's) and the units' deadline rule. A recurring task's instance (task-service) and
 * a unit's periodic report (reporting-service, level {@code UNIT_TO_OFFICE}) are due on
 * {@link #unitDueFor}: for "Quý I/2025" (cut-off Fri 14/03/2025) Tue 18/03/2025.
 *
 * <p>Read from {@value #FILE} on the class path, or from the file the environment variable
 * {@code DONDOC_DEADLINE_CALENDAR} (system property {@code dondoc.deadline-calendar}) names, which
 * replaces it for both services at once.
 */
public record DeadlineCalendar(WorkingDays workingDays, DeadlineRule unitDeadline) {

    public static final String FILE = "vn/dondoc/vocabulary/calendar/deadline-calendar.properties";

    private static final Pattern HOLIDAY_KEY = Pattern.compile("holidays\\.(\\d{4})\\.(days-off|working-weekend-days)");

    public DeadlineCalendar {
        if (workingDays == null || unitDeadline == null) {
            throw new IllegalArgumentException("a deadline calendar needs working days and a units' deadline");
        }
    }

    /** The units' deadline of a period: its cut-off moved by {@link #unitDeadline} in working days. */
    public LocalDate unitDueFor(ReportingPeriod period) {
        return unitDeadline.dueFor(period, workingDays);
    }

    /** The calendar in force: the file the environment names, else the one shipped with this module. */
    public static DeadlineCalendar inForce() {
        String file = System.getProperty("dondoc.deadline-calendar", System.getenv("DONDOC_DEADLINE_CALENDAR"));
        if (file == null || file.isBlank()) {
            return shipped();
        }
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return read(reader, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the deadline calendar " + file, e);
        }
    }

    /** The calendar shipped in {@value #FILE}. */
    public static DeadlineCalendar shipped() {
        try (InputStream in = DeadlineCalendar.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /**
     * Reads {@code unit-deadline=KIND n} and {@code holidays.<year>.days-off} / {@code
     * .working-weekend-days} (comma-separated ISO dates of that year); anything else stops the start.
     */
    public static DeadlineCalendar read(Reader reader, String source) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<Integer, List<SortedSet<LocalDate>>> years = new TreeMap<>();
        DeadlineRule unitDeadline = null;
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key).strip();
            Matcher holiday = HOLIDAY_KEY.matcher(key);
            if (key.equals("unit-deadline")) {
                String[] parts = value.split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalStateException(source + ": unit-deadline must be 'KIND n', was '" + value + "'");
                }
                unitDeadline = new DeadlineRule(DeadlineRule.Kind.valueOf(parts[0]), Integer.parseInt(parts[1]));
            } else if (holiday.matches()) {
                int year = Integer.parseInt(holiday.group(1));
                SortedSet<LocalDate> days = inYear(source, key, year, value);
                List<SortedSet<LocalDate>> both = years.computeIfAbsent(year,
                        y -> new ArrayList<>(List.of(new TreeSet<>(), new TreeSet<>())));
                both.get(holiday.group(2).equals("days-off") ? 0 : 1).addAll(days);
            } else {
                throw new IllegalStateException(source + ": unknown key '" + key + "'");
            }
        }
        if (unitDeadline == null) {
            throw new IllegalStateException(source + ": unit-deadline is missing");
        }
        List<HolidayYear> announced = years.entrySet().stream()
                .map(year -> new HolidayYear(year.getKey(), HolidayYear.Source.ANNOUNCED, year.getValue().get(0),
                        year.getValue().get(1)))
                .toList();
        return new DeadlineCalendar(new WorkingDays(announced), unitDeadline);
    }

    private static SortedSet<LocalDate> inYear(String source, String key, int year, String value) {
        SortedSet<LocalDate> days = new TreeSet<>();
        Arrays.stream(value.split(",")).map(String::strip).filter(day -> !day.isEmpty()).map(LocalDate::parse)
                .forEach(days::add);
        days.stream().filter(day -> day.getYear() != year).findFirst().ifPresent(day -> {
            throw new IllegalStateException(source + ": " + key + ": ngày " + day + " không thuộc năm " + year);
        });
        return days;
    }
}
