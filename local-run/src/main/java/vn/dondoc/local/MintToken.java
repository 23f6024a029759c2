package vn.dondoc.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code ./mint-token.sh}: prints a bearer token of the development issuer whose keys are in
 * {@code $DONDOC_DATA_DIR/dev-issuer} (default {@code data/dev-issuer}), the ones
 * {@code ./run-local.sh} trusts. Arguments: {@code OFFICE | LEADERSHIP | PROVINCE | UNIT <unit code>},
 * then optionally the user name. Valid 12 hours.
 */
public final class MintToken {

    static final List<String> ROLES = List.of("OFFICE", "LEADERSHIP", "UNIT", "PROVINCE");
    static final String USAGE = "Cách dùng: ./mint-token.sh OFFICE|LEADERSHIP|PROVINCE [tên người dùng]"
            + "  hoặc  ./mint-token.sh UNIT <mã đơn vị, ví dụ SKHCN.VP> [tên người dùng]";

    private MintToken() {
    }

    public static void main(String[] args) {
        String dataDir = System.getenv("DONDOC_DATA_DIR");
        Path data = Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir).toAbsolutePath();
        try {
            System.out.println(mint(DevelopmentIssuer.in(data.resolve("dev-issuer")), args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** The token the command prints for these arguments. */
    static String mint(DevelopmentIssuer issuer, String... args) {
        if (args.length == 0 || !ROLES.contains(args[0])) {
            throw new IllegalArgumentException(USAGE);
        }
        String role = args[0];
        boolean unit = role.equals("UNIT");
        if (unit && (args.length < 2 || args[1].isBlank())) {
            throw new IllegalArgumentException("Token UNIT cần mã đơn vị. " + USAGE);
        }
        String unitCode = unit ? args[1] : null;
        int userAt = unit ? 2 : 1;
        String user = args.length > userAt ? args[userAt]
                : unit ? "chuyen-vien-" + unitCode.toLowerCase() : role.toLowerCase();
        return issuer.mint(role, unitCode, user, Duration.ofHours(12));
    }
}
