package vn.dondoc.notification.contact;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which webhook URLs are acceptable: http(s) with a host, and never a loopback, private,
 * link-local or wildcard address unless {@code notification.webhooks.allow-private-addresses}.
 * Checked when a contact is saved (an address written as such) and again when each delivery
 * connects, on the addresses the host name resolved to ({@link #resolveChecked}).
 */
@Component
public class WebhookAddresses {

    private final boolean allowPrivate;

    public WebhookAddresses(@Value("${notification.webhooks.allow-private-addresses:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL is refused, in Vietnamese, or empty when it is acceptable as written. */
    public Optional<String> refusalOf(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("Địa chỉ webhook không phải URL hợp lệ");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("Địa chỉ webhook phải bắt đầu bằng https:// hoặc http://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("Địa chỉ webhook thiếu tên máy chủ");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("Địa chỉ webhook không được chứa tên đăng nhập hoặc mật khẩu");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!allowPrivate && (host.equals("localhost") || host.endsWith(".localhost")
                || host.endsWith(".local") || host.endsWith(".internal"))) {
            return Optional.of(PRIVATE);
        }
        if (!allowPrivate && isLiteral(host)) {
            return refusalOfLiteral(uri);
        }
        return Optional.empty();
    }

    /** Resolves a literal host and refuses internal addresses (no name lookup: the host is an address). */
    private Optional<String> refusalOfLiteral(URI uri) {
        try {
            resolveChecked(uri.getHost(), InetAddress::getAllByName);
            return Optional.empty();
        } catch (InternalAddressException e) {
            return Optional.of(e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.of("Không phân giải được tên máy chủ " + uri.getHost());
        }
    }

    /**
     * The check made at connection time: resolves {@code host} once with {@code resolver} and
     * returns exactly the addresses it checked, for the caller to connect to (nothing is looked up
     * again between the check and the connection, so a name that changes its answer cannot slip an
     * internal address past the check).
     *
     * @throws InternalAddressException when any address is internal (and they are not allowed)
     */
    public InetAddress[] resolveChecked(String host, HostResolver resolver) throws UnknownHostException {
        InetAddress[] resolved = resolver.resolve(host);
        if (resolved == null || resolved.length == 0) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : resolved) {
            if (!allowPrivate && internal(address)) {
                throw new InternalAddressException(PRIVATE);
            }
        }
        return resolved.clone();
    }

    /** How a host name becomes addresses: the system's resolver, or a test's. */
    @FunctionalInterface
    public interface HostResolver {

        HostResolver SYSTEM = InetAddress::getAllByName;

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A webhook host that resolves to a loopback, private, link-local or wildcard address. */
    public static final class InternalAddressException extends UnknownHostException {

        InternalAddressException(String reason) {
            super(reason);
        }
    }

    private static final String PRIVATE =
            "Địa chỉ webhook trỏ tới mạng nội bộ (loopback, riêng, link-local) — không được phép";

    private static boolean internal(InetAddress address) {
        byte[] raw = address.getAddress();
        boolean uniqueLocalV6 = raw.length == 16 && (raw[0] & 0xfe) == 0xfc;
        boolean sharedV4 = raw.length == 4 && (raw[0] & 0xff) == 100 && (raw[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress() || uniqueLocalV6 || sharedV4;
    }

    private static boolean isLiteral(String host) {
        return host.startsWith("[") || host.contains(":") || host.matches("[0-9.]+")
                || host.matches("0x[0-9a-f.x]+");
    }
}
