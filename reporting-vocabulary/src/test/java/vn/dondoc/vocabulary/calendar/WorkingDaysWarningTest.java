package vn.dondoc.vocabulary.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkingDaysWarningTest {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger(WorkingDays.class.getName());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
    }

    @Test
    void logsAWarningOnceForEachYearItComputes() {
        WorkingDays fresh = new WorkingDays(List.of());

        fresh.isWorkingDay(LocalDate.of(2031, 1, 2));
        fresh.plusWorkingDays(LocalDate.of(2031, 3, 14), 20);
        fresh.onOrAfter(LocalDate.of(2032, 1, 1));

        assertThat(records).extracting(LogRecord::getLevel).containsOnly(Level.WARNING);
        assertThat(records).extracting(LogRecord::getMessage).filteredOn(message -> message.contains("2031"))
                .singleElement().asString().contains("No announced holiday calendar for 2031 (holidays.2031 in");
        assertThat(records).extracting(LogRecord::getMessage).filteredOn(message -> message.contains("holidays.2032"))
                .hasSize(1);
    }
}
