package vn.dondoc.notification.digest;

import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dondoc.notification.contact.Channel;
import vn.dondoc.notification.delivery.Delivery;

/** How many more emails the addresses may get now: the limit minus the emails created for them in the window. */
@Component
class EmailRateLimit {

    private final MongoOperations mongo;
    private final RateLimitSettings settings;
    private final Clock clock;

    EmailRateLimit(MongoOperations mongo, RateLimitSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /** The fewest emails any of the addresses may still get (all of a unit's addresses are on each email). */
    int remaining(List<String> addresses) {
        long most = 0;
        for (String address : addresses) {
            most = Math.max(most, mongo.count(Query.query(Criteria.where("channel").is(Channel.EMAIL)
                    .and("recipients").is(address)
                    .and("createdAt").gt(clock.instant().minus(settings.window()))), Delivery.class));
        }
        return (int) Math.max(0, settings.maxEmails() - most);
    }
}
