package vn.dondoc.notification.contact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dondoc.notification.contact.InvalidContactException.FieldError;

/** Saves and finds unit contacts; a contact with any invalid address is refused whole. */
@Service
public class Contacts {

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private final MongoOperations mongo;
    private final WebhookAddresses addresses;

    Contacts(MongoOperations mongo, WebhookAddresses addresses) {
        this.mongo = mongo;
        this.addresses = addresses;
    }

    /** Replaces the unit's contact; throws {@link InvalidContactException} and saves nothing if invalid. */
    public UnitContact save(UnitContact contact) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < contact.emails().size(); i++) {
            String email = contact.emails().get(i);
            if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
                errors.add(new FieldError("emails[" + i + "]", "Địa chỉ email không hợp lệ: " + email));
            }
        }
        for (int i = 0; i < contact.webhooks().size(); i++) {
            WebhookEndpoint endpoint = contact.webhooks().get(i);
            String field = "webhooks[" + i + "]";
            addresses.refusalOf(endpoint == null ? null : endpoint.url())
                    .ifPresent(reason -> errors.add(new FieldError(field + ".url", reason)));
            if (endpoint == null || endpoint.secret() == null || endpoint.secret().length() < 16) {
                errors.add(new FieldError(field + ".secret", "Khóa bí mật phải có ít nhất 16 ký tự"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidContactException(errors);
        }
        return mongo.save(contact);
    }

    public Optional<UnitContact> of(String unitCode) {
        return Optional.ofNullable(mongo.findById(unitCode, UnitContact.class));
    }

    /** The contacts of these units (one read), by unit code; a unit without a contact is absent. */
    public Map<String, UnitContact> of(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(unitCodes)), UnitContact.class).stream()
                .collect(Collectors.toMap(UnitContact::unitCode, Function.identity(), (a, b) -> a));
    }

    /**
     * A page of the contacts by unit code, of the units of one department ({@code null}: all): filter,
     * skip and limit in the store, and a count.
     */
    public Page<UnitContact> page(String department, int page, int size) {
        Query query = department == null ? new Query()
                : Query.query(Criteria.where("_id").regex("^" + Pattern.quote(department) + "\\."));
        long total = mongo.count(Query.of(query), UnitContact.class);
        List<UnitContact> found = mongo.find(query.with(Sort.by("_id")).skip((long) page * size).limit(size),
                UnitContact.class);
        return new PageImpl<>(found, PageRequest.of(page, size), total);
    }

    public boolean none() {
        return mongo.count(new Query(), UnitContact.class) == 0;
    }
}
