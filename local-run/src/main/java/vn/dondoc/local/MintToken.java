package vn.dondoc.local;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import vn.dondoc.identity.client.SignIn;
import vn.dondoc.identity.client.SignInRefused;

/**
 * {@code ./mint-token.sh}: signs in to the running local run's identity provider as an EXAMPLE
 * account (authorization code flow with PKCE, as the web application does) and prints the access
 * token. Arguments: {@code OFFICE | LEADERSHIP | PROVINCE} (SKHCN's office, leader, the province),
 * {@code UNIT <unit code>} (that unit's account) or an account name ({@code vanphong.sdttg}); a
 * department code after OFFICE or LEADERSHIP picks that department's. Environment:
 * {@code DONDOC_IDP_PORT} (default 9000) or {@code DONDOC_ISSUER}, {@code DONDOC_PASSWORD}
 * (default the example accounts' {@code dondoc-local}).
 */
public final class MintToken {

    static final List<String> ROLES = List.of("OFFICE", "LEADERSHIP", "UNIT", "PROVINCE");
    static final String EXAMPLE_PASSWORD = "dondoc-local";
    static final String USAGE = "Cách dùng: ./mint-token.sh OFFICE|LEADERSHIP [mã sở, mặc định SKHCN]"
            + "  |  ./mint-token.sh PROVINCE  |  ./mint-token.sh UNIT <mã đơn vị, ví dụ SKHCN.VP>"
            + "  |  ./mint-token.sh <tài khoản, ví dụ vanphong.sdttg>";

    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+)+");
    private static final Pattern DEPARTMENT = Pattern.compile("[A-Z][A-Z0-9]*");

    private MintToken() {
    }

    public static void main(String[] args) {
        String port = env("DONDOC_IDP_PORT", "9000");
        URI issuer = URI.create(env("DONDOC_ISSUER", "http://localhost:" + port));
        try {
            System.out.println(mint(issuer, env("DONDOC_PASSWORD", EXAMPLE_PASSWORD), args));
        } catch (IllegalArgumentException | SignInRefused e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (UncheckedIOException e) {
            System.err.println("Không kết nối được nhà cung cấp định danh " + issuer
                    + " — ./run-local.sh đang chạy chưa? (" + e.getCause() + ")");
            System.exit(1);
        }
    }

    /** The access token of the account the arguments name, signed in at the issuer. */
    static String mint(URI issuer, String password, String... args) {
        return SignIn.cli(issuer).as(account(args), password).accessToken();
    }

    /**
     * The example account the arguments name: OFFICE → {@code vanphong.skhcn}, LEADERSHIP →
     * {@code lanhdao.skhcn} (or of the department given next), PROVINCE → {@code ubnd.tinh},
     * {@code UNIT SKHCN.VP} → {@code vp.skhcn}, an account name → itself. A user name after them
     * (what the development issuer once put in the token) is ignored: the token names the account.
     */
    static String account(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException(USAGE);
        }
        String first = args[0];
        if (!ROLES.contains(first)) {
            if (ACCOUNT.matcher(first).matches()) {
                return first;
            }
            throw new IllegalArgumentException(USAGE);
        }
        String next = args.length > 1 ? args[1] : null;
        switch (first) {
            case "PROVINCE":
                return "ubnd.tinh";
            case "UNIT":
                if (next == null || next.isBlank()) {
                    throw new IllegalArgumentException("Token UNIT cần mã đơn vị. " + USAGE);
                }
                int dot = next.indexOf('.');
                if (dot <= 0 || dot == next.length() - 1) {
                    throw new IllegalArgumentException("Mã đơn vị phải có dạng <SỞ>.<MÃ>, ví dụ SKHCN.VP. " + USAGE);
                }
                return next.substring(dot + 1).toLowerCase() + "." + next.substring(0, dot).toLowerCase();
            default:
                String department = next != null && DEPARTMENT.matcher(next).matches() ? next : "SKHCN";
                return (first.equals("OFFICE") ? "vanphong." : "lanhdao.") + department.toLowerCase();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
