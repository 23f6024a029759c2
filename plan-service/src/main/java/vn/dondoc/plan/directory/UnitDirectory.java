package vn.dondoc.plan.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.UnitDirectoryChanged;
import vn.dondoc.eventing.Outbox;
import vn.dondoc.eventing.OutboxWrites;
import vn.dondoc.security.Caller;

/**
 * The directory of units: keeps each department's units and hands out its roster as of a date.
 * Each unit stored and its {@code unit-directory-changed} event are one write of the unit's
 * document, so the event is published if and only if the unit is stored.
 */
@Service
public class UnitDirectory {

    /** Set on every unit stored with its event; a unit without it was stored before the event existed. */
    static final String ANNOUNCED = "announced";

    private final Units units;
    private final OutboxWrites writes;
    private final Clock clock;

    UnitDirectory(Units units, OutboxWrites writes, Clock clock) {
        this.units = units;
        this.writes = writes;
        this.clock = clock;
    }

    public Roster rosterOf(String departmentCode, LocalDate asOf) {
        return new Roster(departmentCode, units.findByDepartmentCodeOrderByCodeAsc(departmentCode), asOf);
    }

    public List<Unit> unitsOf(String departmentCode) {
        return units.findByDepartmentCodeOrderByCodeAsc(departmentCode);
    }

    /** Stores one unit (new or replacing the one with its code), if it is a unit of its directory. */
    public Unit put(Unit unit) {
        check(unit, Set.of());
        return store(unit);
    }

    /** Stores every unit of a roster file; units already there with the same code are replaced. */
    public List<Unit> load(List<Unit> roster) {
        Set<String> loaded = roster.stream().map(Unit::code).collect(Collectors.toSet());
        roster.forEach(unit -> check(unit, loaded));
        return roster.stream().map(this::store).toList();
    }

    /**
     * Announces the units stored before {@code unit-directory-changed} existed (a data folder of an
     * earlier version): each is stored again, unchanged, with its event. Returns how many.
     */
    public int announceUnannounced() {
        List<Unit> unannounced = units.findUnannounced();
        unannounced.forEach(this::store);
        return unannounced.size();
    }

    /** The whole entry replaced, and its event appended to the events the document still holds. */
    private Unit store(Unit unit) {
        UnitDirectoryChanged event = new UnitDirectoryChanged(UUID.randomUUID().toString(), clock.instant(),
                unit.id(), unit.code(), unit.name(), unit.departmentCode(), unit.kind().name(), unit.validFrom(),
                unit.validTo(), unit.successor());
        Update update = new Update().set("departmentCode", unit.departmentCode()).set("code", unit.code())
                .set("name", unit.name()).set("aliases", unit.aliases()).set("kind", unit.kind())
                .set("attributes", unit.attributes()).set("validFrom", unit.validFrom()).set("validTo", unit.validTo())
                .set("successor", unit.successor()).set(ANNOUNCED, true)
                .push("pendingEvents", Outbox.pending(unit.id(), unit.code() + " " + unit.name(), event));
        return writes.upsert(Query.query(Criteria.where("_id").is(unit.id())), update, Unit.class);
    }

    /**
     * A department's unit has a code of that department ({@code SKHCN.QLKH} in SKHCN; the province's
     * directory names departments by their offices' codes; its dates are checked by {@link Unit}); its successor is another unit of the same directory (or of the same roster file).
     */
    private void check(Unit unit, Set<String> loadedTogether) {
        String department = unit.departmentCode();
        if (!Caller.PROVINCE_SCOPE.equals(department) && !department.equals(Caller.departmentOf(unit.code()))) {
            throw new IllegalArgumentException("Mã đơn vị " + unit.code() + " không thuộc " + department
                    + ": mã đơn vị của sở bắt đầu bằng «" + department + ".»");
        }
        String successor = unit.successor();
        if (successor != null && !successor.isBlank()) {
            if (successor.equals(unit.code())) {
                throw new IllegalArgumentException("Đơn vị " + unit.code() + " không thể kế thừa chính nó");
            }
            if (!loadedTogether.contains(successor) && units.findByDepartmentCodeOrderByCodeAsc(department).stream()
                    .noneMatch(known -> known.code().equals(successor))) {
                throw new IllegalArgumentException("Đơn vị kế thừa " + successor + " không có trong danh mục của "
                        + department);
            }
        }
    }
}
