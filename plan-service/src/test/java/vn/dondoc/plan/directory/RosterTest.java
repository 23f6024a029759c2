package vn.dondoc.plan.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterTest {

    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    final List<Unit> units = List.of(
            unit("VP", "Văn phòng Sở", List.of("VP Sở"), UnitKind.OFFICE, Set.of(), null, null, null),
            unit("QLKH", "Phòng Quản lý khoa học", List.of(), UnitKind.DIVISION, Set.of(Unit.HANDLES_PROCEDURES), null, null, null),
            unit("KHTC", "Phòng Kế hoạch - Tài chính", List.of(), UnitKind.DIVISION, Set.of(), null, null, null),
            unit("TTUD", "Trung tâm Ứng dụng tiến bộ KH&CN", List.of(), UnitKind.AFFILIATED_CENTRE, Set.of(), null,
                    MERGER.minusDays(1), "SKHCN.CNTT"),
            unit("CNTT", "Trung tâm Công nghệ thông tin và Truyền thông", List.of(), UnitKind.AFFILIATED_CENTRE, Set.of(),
                    MERGER, null, null),
            unit("LD", "Lãnh đạo Sở", List.of(), UnitKind.LEADERSHIP, Set.of(), null, null, null));

    @Test
    void matchesNamesWhateverTheirCaseDiacriticsSpacingAndAliases() {
        Roster roster = new Roster("SKHCN", units, MERGER);

        assertThat(roster.unit("Van phong So")).map(Unit::code).hasValue("SKHCN.VP");
        assertThat(roster.unit("  VĂN   PHÒNG sở. ")).map(Unit::code).hasValue("SKHCN.VP");
        assertThat(roster.unit("VP Sở")).map(Unit::code).hasValue("SKHCN.VP");
        assertThat(roster.unit("vp so")).map(Unit::code).hasValue("SKHCN.VP");
        assertThat(roster.unit("Phong Ke hoach - Tai chinh")).map(Unit::code).hasValue("SKHCN.KHTC");
        assertThat(NameKey.of("Đơn vị")).isEqualTo("don vi");
    }

    @Test
    void resolvesUnitsAsOfTheIssueDateSoAMergedUnitIsUnknownAfterwards() {
        Roster before = new Roster("SKHCN", units, MERGER.minusDays(1));
        Roster after = new Roster("SKHCN", units, MERGER);

        assertThat(before.resolve("Trung tâm Ứng dụng tiến bộ KH&CN").kind()).isEqualTo(NameResolution.Kind.UNIT);
        assertThat(after.resolve("Trung tâm Ứng dụng tiến bộ KH&CN").kind()).isEqualTo(NameResolution.Kind.UNKNOWN);
        assertThat(units.get(3).successor()).isEqualTo("SKHCN.CNTT");
    }

    @Test
    void expandsGroupExpressionsAndFlagsThoseItCannotExpand() {
        Roster roster = new Roster("SKHCN", units, MERGER);

        assertThat(roster.resolve("Các phòng, đơn vị thuộc Sở").unitCodes())
                .containsExactly("SKHCN.VP", "SKHCN.QLKH", "SKHCN.KHTC", "SKHCN.CNTT");
        assertThat(roster.resolve("Các phòng thuộc Sở").unitCodes()).containsExactly("SKHCN.QLKH", "SKHCN.KHTC");
        assertThat(roster.resolve("Các phòng, đơn vị thuộc Sở có thủ tục hành chính.").unitCodes()).containsExactly("SKHCN.QLKH");
        assertThat(roster.resolve("Các phòng, đơn vị chuyên môn có TTHC").unitCodes()).containsExactly("SKHCN.QLKH");
        assertThat(roster.resolve("Các phòng, đơn vị thực hiện giải quyết TTHC").unitCodes()).containsExactly("SKHCN.QLKH");
        assertThat(roster.resolve("Các phòng chuyên môn, Trung tâm trực thuộc Sở").unitCodes())
                .containsExactly("SKHCN.QLKH", "SKHCN.KHTC", "SKHCN.CNTT");
        assertThat(roster.resolve("Các phòng, đơn vị có liên quan").kind()).isEqualTo(NameResolution.Kind.NEEDS_DESIGNATION);
        assertThat(roster.resolve("Các phòng, đơn vị thuộc Sở được giao chủ trì soạn thảo văn bản").kind())
                .isEqualTo(NameResolution.Kind.NEEDS_DESIGNATION);
        assertThat(roster.resolve("Phòng Hợp tác quốc tế").kind()).isEqualTo(NameResolution.Kind.UNKNOWN);
    }

    @Test
    void expandsTheProvincesGroupPhrasesToItsDepartmentsAndCommunes() {
        Roster province = new Roster("UBND", List.of(
                new Unit(null, "UBND", "UBND.VP", "Văn phòng UBND tỉnh", List.of(), UnitKind.OFFICE, Set.of(), null, null, null),
                new Unit(null, "UBND", "SKHCN.VP", "Sở Khoa học và Công nghệ", List.of("Sở KH&CN"), UnitKind.DEPARTMENT,
                        Set.of(), null, null, null),
                new Unit(null, "UBND", "STC.VP", "Sở Tài chính", List.of(), UnitKind.DEPARTMENT, Set.of(), null, null, null),
                new Unit(null, "UBND", "UBND.XPHUBINH", "UBND xã Phú Bình", List.of(), UnitKind.EXTERNAL,
                        Set.of(Unit.COMMUNE), null, null, null)), MERGER);

        assertThat(province.resolve("Các sở, ban, ngành tỉnh").unitCodes()).containsExactly("SKHCN.VP", "STC.VP");
        assertThat(province.resolve("Các sở, ngành").unitCodes()).containsExactly("SKHCN.VP", "STC.VP");
        assertThat(province.resolve("Các cơ quan chuyên môn thuộc UBND tỉnh").unitCodes())
                .containsExactly("SKHCN.VP", "STC.VP");
        assertThat(province.resolve("UBND các xã, phường, đặc khu").unitCodes()).containsExactly("UBND.XPHUBINH");
        assertThat(province.resolve("Ủy ban nhân dân cấp xã").unitCodes()).containsExactly("UBND.XPHUBINH");
        assertThat(province.resolve("Sở KH&CN").unitCodes()).containsExactly("SKHCN.VP");
        assertThat(province.resolve("Các cơ quan có liên quan").kind()).isEqualTo(NameResolution.Kind.NEEDS_DESIGNATION);
        assertThat(province.resolve("Các sở, ban, ngành có liên quan").kind())
                .isEqualTo(NameResolution.Kind.NEEDS_DESIGNATION);
        assertThat(new Roster("SKHCN", units, MERGER).resolve("Các sở, ban, ngành tỉnh").unitCodes()).isEmpty();
    }

    private static Unit unit(String code, String name, List<String> aliases, UnitKind kind, Set<String> attributes,
            LocalDate from, LocalDate to, String successor) {
        return new Unit(null, "SKHCN", "SKHCN." + code, name, aliases, kind, attributes, from, to, successor);
    }
}
