package vn.dondoc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class DepartmentCopyTest {

    private static final String PLAN = "4c383cad-85ca-45af-909c-bac0aa4276b2";
    private static final String EVENT = "553672e3-a1ee-30e1-af05-5c6313de9f19";
    private static final Date DUE = new Date(1_796_860_800_000L);

    private final DepartmentCopy copy = new DepartmentCopy("BENCH", "BENCH07");

    @Test
    void makesAnAssignmentTheOtherDepartmentsWithItsUnitPlanAndPlanNumber() {
        Document copied = copy.of(Fixtures.assignment(PLAN, "T10", "BENCH.U09", EVENT, DUE));

        String plan = copied.getString("planId");
        assertThat(plan).isNotEqualTo(PLAN).matches("[0-9a-f-]{36}");
        assertThat(copied.getString("_id")).isEqualTo(plan + ":T10:BENCH07.U09");
        assertThat(copied.getString("unitCode")).isEqualTo("BENCH07.U09");
        assertThat(copied.getString("unitDepartment")).isEqualTo("BENCH07");
        assertThat(copied.getString("departmentCode")).isEqualTo("BENCH07");
        assertThat(copied.getString("planNumber")).isEqualTo("1/KH-BENCH07");
        assertThat(copied.getList("leadUnits", String.class)).containsExactly("BENCH07.U09");
        assertThat(copied.get("dueDate")).isEqualTo(DUE);
        assertThat(copied.getString("taskContent")).isEqualTo("Nhiệm vụ 10: rà soát thủ tục BENCHMARK");
        Document line = copied.getList("history", Document.class).get(0);
        assertThat(line.getString("eventId")).isNotEqualTo(EVENT).matches("[0-9a-f-]{36}");
        assertThat(line.getString("actor")).isEqualTo("system");
    }

    @Test
    void givesAPlanTheSameIdInEveryDocumentAndCollection() {
        Document assignment = copy.of(Fixtures.assignment(PLAN, "T1", "BENCH.U00", EVENT, DUE));
        Document other = copy.of(Fixtures.assignment(PLAN, "T2", "BENCH.U05", "9342cbd1-d6cc-3641-956c-a2eda6e68932", DUE));
        Document coverage = copy.of(new Document("_id", PLAN).append("coverageEnd", DUE));
        Document counted = copy.of(new Document("_id", PLAN + ":T1:BENCH.U00").append("planId", PLAN)
                .append("unitCode", "BENCH.U00").append("sourceEventId", EVENT));

        assertThat(other.getString("planId")).isEqualTo(assignment.getString("planId"));
        assertThat(coverage.getString("_id")).isEqualTo(assignment.getString("planId"));
        assertThat(counted.getString("_id")).isEqualTo(assignment.getString("_id"));
        assertThat(counted.getString("sourceEventId"))
                .isEqualTo(assignment.getList("history", Document.class).get(0).getString("eventId"));
    }

    @Test
    void givesEachDepartmentItsOwnPlansAndLeavesTheOriginalAlone() {
        Document original = Fixtures.assignment(PLAN, "T1", "BENCH.U00", EVENT, DUE);

        Document seventh = copy.of(original);
        Document eighth = new DepartmentCopy("BENCH", "BENCH08").of(original);

        assertThat(seventh.getString("planId")).isNotEqualTo(eighth.getString("planId"));
        assertThat(original.getString("planId")).isEqualTo(PLAN);
        assertThat(original.getString("unitCode")).isEqualTo("BENCH.U00");
    }

    @Test
    void refusesToCopyADepartmentIntoItself() {
        assertThatThrownBy(() -> new DepartmentCopy("BENCH", "BENCH")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Documents as task-service stores them (the fields that name the department, plan and unit). */
    static final class Fixtures {

        static Document assignment(String plan, String task, String unit, String event, Date due) {
            return new Document("_id", plan + ":" + task + ":" + unit).append("planId", plan)
                    .append("planNumber", "1/KH-BENCH").append("departmentCode", "BENCH").append("taskId", task)
                    .append("unitCode", unit).append("unitDepartment", "BENCH").append("role", "LEAD")
                    .append("taskContent", "Nhiệm vụ 10: rà soát thủ tục BENCHMARK").append("leadUnits", List.of(unit))
                    .append("status", "NOT_STARTED").append("dueDate", due)
                    .append("history", List.of(new Document("actor", "system").append("eventId", event)))
                    .append("pendingEvents", List.of());
        }

        private Fixtures() {
        }
    }
}
