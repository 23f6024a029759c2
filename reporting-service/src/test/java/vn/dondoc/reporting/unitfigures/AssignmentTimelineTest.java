package vn.dondoc.reporting.unitfigures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.reporting.unitfigures.LifecycleFact.Kind;
import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.vocabulary.GovernmentOfficeColumn;

/** An assignment's events folded into what was true at the end of a day, whatever order they were read in. */
class AssignmentTimelineTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final AssignedTask TASK = new AssignedTask("P:T:U", "U", AssignmentRole.LEAD, "P", "T",
            LocalDate.parse("2026-11-30"), "e0", LocalDate.parse("2026-09-20"), "FIXED_DEADLINE");

    @Test
    void appliesOnlyWhatHappenedByTheAsOfDayInTheOrderItHappened() {
        List<LifecycleFact> readOutOfOrder = List.of(
                fact("e4", Kind.RESULT_ACCEPTED, "2026-12-16", "2026-12-03"),
                fact("e2", Kind.RESULT_SUBMITTED, "2026-11-28", "2026-11-28"),
                fact("e1", Kind.DUE_DATE_SET, "2026-11-25", "2026-12-20"),
                fact("e3", Kind.RESULT_RETURNED, "2026-12-02", null),
                fact("e5", Kind.RESULT_SUBMITTED, "2026-12-03", "2026-12-03"));

        AssignmentFacts atCutOff = AssignmentTimeline.at(TASK, readOutOfOrder, LocalDate.parse("2026-12-14"));
        AssignmentFacts beforeExtension = AssignmentTimeline.at(TASK, readOutOfOrder, LocalDate.parse("2026-11-24"));
        AssignmentFacts later = AssignmentTimeline.at(TASK, readOutOfOrder, LocalDate.parse("2026-12-31"));

        assertThat(atCutOff).isEqualTo(new AssignmentFacts(AssignmentRole.LEAD, LocalDate.parse("2026-09-20"),
                LocalDate.parse("2026-12-20"), null, null, "FIXED_DEADLINE", null, LocalDate.parse("2026-12-03"), null,
                null, null, AssignmentStatus.SUBMITTED));
        assertThat(beforeExtension.dueDate()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(beforeExtension.progress()).isEqualTo(AssignmentStatus.NOT_STARTED);
        assertThat(later.progress()).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(later.completedOn()).isEqualTo(LocalDate.parse("2026-12-03"));
        assertThat(later.acceptedOn()).isEqualTo(LocalDate.parse("2026-12-16"));
        assertThat(later.submittedOn()).isNull();
    }

    @Test
    void aResultSubmitted10MarchAndAccepted20MarchIsOpenAtTheQ1CutOffAndCompletedOnTimeInQ2() {
        AssignedTask dueOn15March = new AssignedTask("P:T:U", "U", AssignmentRole.LEAD, "P", "T",
                LocalDate.parse("2026-03-15"), "e0", LocalDate.parse("2026-01-05"), "FIXED_DEADLINE");
        List<LifecycleFact> facts = List.of(
                fact("e1", Kind.RESULT_SUBMITTED, "2026-03-10", "2026-03-10"),
                fact("e2", Kind.RESULT_ACCEPTED, "2026-03-20", "2026-03-10"));
        LocalDate q1Start = LocalDate.parse("2025-12-15");
        LocalDate q1CutOff = LocalDate.parse("2026-03-14");
        LocalDate q2Start = LocalDate.parse("2026-03-15");
        LocalDate q2CutOff = LocalDate.parse("2026-06-14");

        assertThat(MatrixCounting.columnOf(AssignmentTimeline.at(dueOn15March, facts, q1CutOff), q1Start, q1CutOff))
                .as("awaiting review at the Q1 cut-off").isEqualTo(GovernmentOfficeColumn.OPEN_WITHIN_DEADLINE);
        assertThat(MatrixCounting.columnOf(AssignmentTimeline.at(dueOn15March, facts, q2CutOff), q2Start, q2CutOff))
                .as("accepted 20/03 after its deadline, on time by its submission")
                .isEqualTo(GovernmentOfficeColumn.COMPLETED_ON_TIME);
        assertThat(MatrixCounting.columnOf(AssignmentTimeline.at(dueOn15March, facts, LocalDate.parse("2026-09-14")),
                LocalDate.parse("2026-06-15"), LocalDate.parse("2026-09-14"))).isEqualTo(GovernmentOfficeColumn.NOT_COUNTED);
    }

    @Test
    void aReturnedResultClearsTheCompletionAndAPlanAmendmentCanRemoveTheDeadline() {
        List<LifecycleFact> facts = List.of(
                fact("e1", Kind.RESULT_SUBMITTED, "2026-10-01", "2026-10-01"),
                fact("e2", Kind.RESULT_RETURNED, "2026-10-03", null),
                fact("e3", Kind.DUE_DATE_SET, "2026-10-05", null));

        AssignmentFacts facts14 = AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-12-14"));

        assertThat(facts14.submittedOn()).isNull();
        assertThat(facts14.completedOn()).isNull();
        assertThat(facts14.dueDate()).isNull();
        assertThat(MatrixCounting.columnOf(facts14, LocalDate.parse("2026-09-15"), LocalDate.parse("2026-12-14")))
                .isEqualTo(GovernmentOfficeColumn.NO_DEADLINE);
    }

    @Test
    void refusedAndWithdrawnCountFromTheirDay() {
        List<LifecycleFact> facts = List.of(fact("e1", Kind.REFUSED, "2026-10-01", null),
                fact("e2", Kind.WITHDRAWN, "2026-10-20", null));
        LocalDate q4Start = LocalDate.parse("2026-09-15");

        assertThat(MatrixCounting.columnOf(AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-09-30")),
                q4Start, LocalDate.parse("2026-09-30"))).isEqualTo(GovernmentOfficeColumn.OPEN_WITHIN_DEADLINE);
        assertThat(MatrixCounting.columnOf(AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-10-10")),
                q4Start, LocalDate.parse("2026-10-10"))).isEqualTo(GovernmentOfficeColumn.NOT_COUNTED);
        assertThat(MatrixCounting.columnOf(AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-12-14")),
                q4Start, LocalDate.parse("2026-12-14"))).isEqualTo(GovernmentOfficeColumn.WITHDRAWN);
    }

    @Test
    void aRoleChangeCountsFromItsDayAndStartsTheAssignmentOverUnderThePlansDeadline() {
        List<LifecycleFact> facts = List.of(
                fact("e1", Kind.PLAN_DUE_DATE_SET, "2026-10-01", "2026-12-10"),
                fact("e2", Kind.DUE_DATE_SET, "2026-11-20", "2026-12-31"),
                fact("e3", Kind.RESULT_SUBMITTED, "2026-12-01", "2026-12-01"),
                LifecycleFact.roleChanged("e4", "P:T:U", "U", AssignmentRole.COORDINATOR,
                        LocalDate.parse("2026-12-05").atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM),
                LifecycleFact.roleChanged("e5", "P:T:U", "U", AssignmentRole.COORDINATOR,
                        LocalDate.parse("2026-12-08").atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM));

        AssignmentFacts before = AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-12-04"));
        AssignmentFacts after = AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-12-14"));

        assertThat(before.role()).isEqualTo(AssignmentRole.LEAD);
        assertThat(before.dueDate()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(before.submittedOn()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(after).as("started over as coordinator; the second change to the same role is no restart")
                .isEqualTo(new AssignmentFacts(AssignmentRole.COORDINATOR, LocalDate.parse("2026-09-20"),
                        LocalDate.parse("2026-12-10"), null, null, "FIXED_DEADLINE", null, null, null, null, null,
                        AssignmentStatus.NOT_STARTED));
        assertThat(before.progress()).isEqualTo(AssignmentStatus.SUBMITTED);
    }

    @Test
    void theProgressAxisFollowsTaskServicesLifecycle() {
        List<LifecycleFact> facts = List.of(
                fact("e1", Kind.ACKNOWLEDGED, "2026-10-01", null),
                fact("e2", Kind.RESULT_SUBMITTED, "2026-10-05", "2026-10-05"),
                fact("e3", Kind.PROGRESS_REPORTED, "2026-10-06", null),
                fact("e4", Kind.RESULT_RETURNED, "2026-10-08", null),
                fact("e5", Kind.ACKNOWLEDGED, "2026-10-09", null),
                fact("e6", Kind.PROGRESS_REPORTED, "2026-10-10", null),
                fact("e7", Kind.REFUSED, "2026-10-12", null),
                fact("e8", Kind.WITHDRAWN, "2026-10-20", null));

        assertThat(AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-09-30")).progress())
                .isEqualTo(AssignmentStatus.NOT_STARTED);
        assertThat(AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-10-01")).progress())
                .isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-10-06")).progress())
                .as("no progress report moves a result awaiting review").isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-10-09")).progress())
                .as("acknowledging again changes nothing").isEqualTo(AssignmentStatus.RETURNED);
        assertThat(AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-10-10")).progress())
                .as("working on a returned result").isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-10-12")).progress())
                .isEqualTo(AssignmentStatus.REFUSED);
        assertThat(AssignmentTimeline.at(TASK, facts, LocalDate.parse("2026-10-20")).progress())
                .isEqualTo(AssignmentStatus.WITHDRAWN);
    }

    private static LifecycleFact fact(String id, Kind kind, String on, String date) {
        return LifecycleFact.of(id, "P:T:U", "U", kind, LocalDate.parse(on).atTime(9, 0).atZone(VIETNAM).toInstant(),
                VIETNAM, date == null ? null : LocalDate.parse(date));
    }
}
