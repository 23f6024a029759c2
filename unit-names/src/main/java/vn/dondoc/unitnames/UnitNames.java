package vn.dondoc.unitnames;

import com.mongodb.client.result.UpdateResult;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dondoc.security.Caller;

/**
 * The names people read instead of codes: a unit by its department's directory entry, a department
 * by the province-level entry of its office's code (kind {@code DEPARTMENT}). Fed by
 * {@code unit-directory-changed}: an upsert per entry that keeps the newest, so a duplicate or an
 * older event changes nothing.
 */
public class UnitNames {

    static final String PROVINCE_DIRECTORY = Caller.PROVINCE_SCOPE;

    private final MongoOperations mongo;

    UnitNames(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Stores the entry unless the one stored is as new or newer; returns whether it changed. */
    public boolean record(UnitName entry) {
        Query olderOrMissing = Query.query(new Criteria().andOperator(Criteria.where("_id").is(entry.id()),
                new Criteria().orOperator(Criteria.where("occurredAt").lt(entry.occurredAt()),
                        Criteria.where("occurredAt").exists(false))));
        Update update = new Update().set("unitCode", entry.unitCode()).set("name", entry.name())
                .set("departmentCode", entry.departmentCode()).set("kind", entry.kind())
                .set("validFrom", entry.validFrom()).set("validTo", entry.validTo())
                .set("successor", entry.successor()).set("occurredAt", entry.occurredAt())
                .set("eventId", entry.eventId());
        try {
            UpdateResult result = mongo.upsert(olderOrMissing, update, UnitName.class);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException newerStored) {
            return false; // the entry exists with a newer (or the same) event: nothing to do
        }
    }

    /** The units' names, joined with ", " ("Văn phòng Sở, Phòng Chuyển đổi số"). */
    public String units(List<String> unitCodes) {
        return String.join(", ", unitCodes.stream().map(this::unit).toList());
    }

    /**
     * {@link #unit} for many units in one read: each unit code with its name (its code when the
     * directory has none).
     */
    public Map<String, String> namesOf(Collection<String> unitCodes) {
        List<String> codes = unitCodes.stream().filter(code -> code != null).distinct().toList();
        Map<String, String> byId = new HashMap<>();
        if (!codes.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(codes.stream().map(UnitNames::idOf).toList())),
                    UnitName.class).forEach(entry -> byId.put(entry.id(), entry.name()));
        }
        Map<String, String> names = new HashMap<>();
        codes.forEach(code -> names.put(code, byId.getOrDefault(idOf(code), code)));
        return names;
    }

    private static String idOf(String unitCode) {
        return Caller.departmentOf(unitCode) + ":" + unitCode;
    }

    /**
     * The unit's name in its own department's directory (the department of {@code SKHCN.VP} is SKHCN:
     * "Văn phòng Sở", not the province's entry for the department), else its code.
     */
    public String unit(String unitCode) {
        if (unitCode == null) {
            return "";
        }
        UnitName own = mongo.findById(Caller.departmentOf(unitCode) + ":" + unitCode, UnitName.class);
        return own == null ? unitCode : own.name();
    }

    /** The department's full name from the province-level directory ("Sở Khoa học và Công nghệ"), if known. */
    public Optional<String> department(String departmentCode) {
        Query query = Query.query(Criteria.where("departmentCode").is(PROVINCE_DIRECTORY).and("kind").is("DEPARTMENT")
                .and("unitCode").regex("^" + Pattern.quote(departmentCode + ".")));
        return Optional.ofNullable(mongo.findOne(query, UnitName.class)).map(UnitName::name);
    }
}
