package vn.dondoc.plan.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterFileTest {

    @Test
    void readsYamlAndJsonAndPrefixesShortCodesWithTheDepartment() {
        List<Unit> yaml = RosterFile.read("""
                department: SDTTG
                units:
                  - {code: TG, name: Phòng Tôn giáo, kind: DIVISION, validFrom: 2025-07-01}
                """);
        List<Unit> json = RosterFile.read("""
                {"department": "SDTTG", "units": [{"code": "SDTTG.TG", "name": "Phòng Tôn giáo", "kind": "DIVISION",
                 "validFrom": "2025-07-01", "aliases": ["Phòng TG"]}]}""");

        assertThat(yaml).singleElement().satisfies(unit -> {
            assertThat(unit.code()).isEqualTo("SDTTG.TG");
            assertThat(unit.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        });
        assertThat(json).singleElement().satisfies(unit -> {
            assertThat(unit.code()).isEqualTo("SDTTG.TG");
            assertThat(unit.aliases()).containsExactly("Phòng TG");
        });
    }

    @Test
    void refusesAnUnreadableDateWithAVietnameseReasonInsteadOfFailing() {
        assertThatThrownBy(() -> RosterFile.read("""
                department: SDTTG
                units:
                  - {code: TG, name: Phòng Tôn giáo, kind: DIVISION, validFrom: "01/07/2025"}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ngày không hợp lệ trong tệp danh mục (cần dạng yyyy-MM-dd): 01/07/2025");
    }
}
