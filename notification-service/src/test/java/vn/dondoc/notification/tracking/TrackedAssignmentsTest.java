package vn.dondoc.notification.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.notification.NotificationServiceTest;
import vn.dondoc.notification.tracking.TrackedAssignments.Assigned;

/**
 * A poll's {@code task-assigned} stores new assignments as the display of their task, and leaves the
 * overdue state of one already stored (its {@code task-overdue} came first) as it is; the same poll
 * again changes nothing.
 */
class TrackedAssignmentsTest extends NotificationServiceTest {

    @Autowired
    TrackedAssignments tracked;

    @Test
    void aPollStoresTheNewAssignmentsAndKeepsTheOverdueStateOfOneAnnouncedBefore() {
        String dept = unique("S");
        String unit = dept + ".QLKH";
        String early = dept + ":plan:T1:" + unit;
        String fresh = dept + ":plan:T2:" + unit;
        LocalDate due = LocalDate.of(2026, 9, 30);
        tracked.overdue(early, unit, due, LocalDate.of(2026, 10, 1));
        List<Assigned> poll = List.of(
                new Assigned(early, unit, "plan", "185/KH-" + dept, "T1", "2.3.1", "Báo cáo quý"),
                new Assigned(fresh, unit, "plan", "185/KH-" + dept, "T2", "2.3.2", "Tổng hợp số liệu"));

        tracked.assigned(poll);
        tracked.assigned(poll);

        assertThat(tracked.of(early)).contains(new TrackedAssignment(early, unit, "plan", "185/KH-" + dept, "T1",
                "2.3.1", "Báo cáo quý", due, LocalDate.of(2026, 10, 1), false, false));
        assertThat(tracked.of(fresh)).contains(new TrackedAssignment(fresh, unit, "plan", "185/KH-" + dept, "T2",
                "2.3.2", "Tổng hợp số liệu", null, null, false, false));
        assertThat(tracked.unitsOf("plan")).contains(unit);
    }
}
