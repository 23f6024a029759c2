package vn.dondoc.eventing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.core.Ordered;

/**
 * The longest a service waits for the store's answer on an open connection. The driver's default is
 * forever: a store that stops answering without closing the connection (a network partition, a
 * frozen server) would hold the relay, a consumer or a request on that connection for good, even
 * after the store is back. With a bound, the operation fails as a store outage does (retried in
 * place by consumers, tried again by the relay, an error answer to a request instead of none) and
 * the connection is dropped; new connections reach the store once it answers again
 * ({@code StoreOutageConsumptionTest}: without the bound, a plan stayed unassigned for good).
 * Applied after the connection string, so it wins over a {@code socketTimeoutMS} there.
 */
final class StoreReadTimeout implements MongoClientSettingsBuilderCustomizer, Ordered {

    private final Duration readTimeout;

    StoreReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    @Override
    public void customize(com.mongodb.MongoClientSettings.Builder settings) {
        settings.applyToSocketSettings(socket -> socket.readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * Settings under {@code dondoc.store}.
     *
     * @param readTimeout the longest wait for the store's answer to one operation on an open
     *                    connection (a single page of a query, a bulk write)
     */
    @ConfigurationProperties("dondoc.store")
    record Settings(@DefaultValue("30s") Duration readTimeout) {
    }
}
