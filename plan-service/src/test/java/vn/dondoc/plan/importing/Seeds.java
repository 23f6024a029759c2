package vn.dondoc.plan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.plan.directory.Roster;
import vn.dondoc.plan.directory.RosterFile;
import vn.dondoc.plan.directory.Unit;
import vn.dondoc.plan.directory.UnitKind;

/** The five real plan documents (test resources) and the rosters they are read against. */
final class Seeds {

    static final List<String> ALL = List.of("000_a5c160b2abccbbb1.txt", "001_25c004b7a35bdc94.txt",
            "002_6353f7d068eb39a6.txt", "003_f48ba43d06fb822d.txt", "004_353d0c6fdcf981fd.txt");

    private Seeds() {
    }

    static String text(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seed(int number) {
        return text(ALL.get(number));
    }

    /** The EXAMPLE roster shipped with the service (VP; QLKH, QLCN with procedures; CDS, KHTC; centre CNTT). */
    static RosterSource exampleSkhcn() {
        List<Unit> units = RosterFile.read(resource("/example/example-roster-skhcn.yml"));
        return (department, asOf) -> new Roster(department, units, asOf);
    }

    /** A province-level test document (made up, in the style of the seeds) of {@code province-seeds/}. */
    static String provinceSeed(String name) {
        return resource("/province-seeds/" + name);
    }

    /** The EXAMPLE province-level directory of TN (scope UBND): the Sở as their offices, UBND.VP, communes. */
    static RosterSource exampleProvince() {
        List<Unit> units = RosterFile.read(resource("/example/example-roster-tn.yml"));
        return (department, asOf) -> new Roster(department, units, asOf);
    }

    /** A test roster for the Quảng Ngãi department of seed 004. */
    static RosterSource quangNgai() {
        List<Unit> units = List.of(
                unit("VP", "Văn phòng Sở", UnitKind.OFFICE, false),
                unit("QLKH", "Phòng Quản lý khoa học", UnitKind.DIVISION, true),
                unit("QLCN", "Phòng Quản lý công nghệ", UnitKind.DIVISION, true),
                unit("KHTC", "Phòng Kế hoạch - Tài chính", UnitKind.DIVISION, false),
                unit("TTCDS", "Trung tâm Chuyển đổi số và Đổi mới sáng tạo", UnitKind.AFFILIATED_CENTRE, false));
        return (department, asOf) -> new Roster(department, units, asOf);
    }

    private static Unit unit(String code, String name, UnitKind kind, boolean procedures) {
        return new Unit(null, "SKHCN", "SKHCN." + code, name, List.of(), kind,
                procedures ? java.util.Set.of(Unit.HANDLES_PROCEDURES) : java.util.Set.of(),
                LocalDate.of(2020, 1, 1), null, null);
    }

    private static String resource(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
