package vn.dondoc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProvinceSpreadTest {

    private final ProvinceSpread province = new ProvinceSpread("BENCH", 20);

    @Test
    void givesTwentyDepartmentsFiftyThousandEachOfAMillion() {
        assertThat(IntStream.range(0, 20).mapToLong(k -> province.share(k, 1_000_000, 1_800)))
                .containsOnly(50_000L);
    }

    @Test
    void leavesTheHomeDepartmentWhatThePipelineWroteWhenThatIsMoreThanItsShare() {
        long written = 10_000;

        assertThat(province.share(0, 100_000, written)).isEqualTo(written);
        assertThat(IntStream.range(1, 19).mapToLong(k -> province.share(k, 100_000, written))).containsOnly(4_736L);
        assertThat(province.share(19, 100_000, written)).isEqualTo(4_736L + 90_000 % 19);
        assertThat(IntStream.range(0, 20).mapToLong(k -> province.share(k, 100_000, written)).sum())
                .isEqualTo(100_000);
    }

    @Test
    void copiesNothingIntoOtherDepartmentsWhenThePipelineWroteTheTargetAlready() {
        assertThat(IntStream.range(1, 20).mapToLong(k -> province.share(k, 5_000, 12_000))).containsOnly(0L);
        assertThat(province.share(0, 5_000, 12_000)).isEqualTo(12_000);
    }

    @Test
    void keepsEverythingInTheHomeDepartmentWhenTheProvinceHasOne() {
        ProvinceSpread one = new ProvinceSpread("BENCH", 1);

        assertThat(one.share(0, 100_000, 10_000)).isEqualTo(100_000);
        assertThat(one.department(0)).isEqualTo("BENCH");
    }

    @Test
    void namesTheOtherDepartmentsAfterTheHomeOne() {
        assertThat(IntStream.range(0, 20).mapToObj(province::department))
                .startsWith("BENCH", "BENCH01", "BENCH02").endsWith("BENCH19").doesNotHaveDuplicates();
        assertThatThrownBy(() -> province.department(20)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rejectsNoDepartmentAndAUnitCodeForHome() {
        assertThatThrownBy(() -> new ProvinceSpread("BENCH", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProvinceSpread("BENCH.U01", 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
