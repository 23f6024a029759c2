package vn.dondoc.reporting.schedule;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.dondoc.reporting.assignmentstatus.AssignmentStatuses;
import vn.dondoc.reporting.calendar.ReportingProperties;
import vn.dondoc.reporting.obligation.ReportReminders;
import vn.dondoc.reporting.unitfigures.FigureSnapshots;

/**
 * Runs {@link ReportReminders}, then {@link FigureSnapshots}, then (on the first run of a day) the
 * re-evaluation of {@link AssignmentStatuses} every {@code reporting.reminders.interval} while the
 * service runs.
 */
@Component
@ConditionalOnProperty(name = "reporting.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReportingSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReportingSchedule.class);

    private final ReportReminders reminders;
    private final FigureSnapshots snapshots;
    private final ReportingProperties properties;
    private final AssignmentStatuses statuses;
    private ScheduledExecutorService executor;

    ReportingSchedule(ReportReminders reminders, FigureSnapshots snapshots, ReportingProperties properties,
            AssignmentStatuses statuses) {
        this.reminders = reminders;
        this.statuses = statuses;
        this.snapshots = snapshots;
        this.properties = properties;
    }

    private void runSafely() {
        try {
            int raised = reminders.remind();
            if (raised > 0) {
                log.info("Raised {} report-due reminders", raised);
            }
            int frozen = snapshots.freezePassedCutOffs();
            if (frozen > 0) {
                log.info("Froze {} period figures at their cut-off", frozen);
            }
            statuses.sweepOnNewDay();
        } catch (RuntimeException e) {
            log.warn("Report reminder run failed, the next run tries again: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "report-reminders");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runSafely, properties.reminders().initialDelay().toMillis(),
                properties.reminders().interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
