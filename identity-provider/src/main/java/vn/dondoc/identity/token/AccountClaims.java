package vn.dondoc.identity.token;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.identity.account.Account;
import vn.dondoc.identity.account.AccountBook;

/**
 * The claims of an account. Access token: {@code preferred_username}, {@code roles},
 * {@code department} (not for PROVINCE), {@code unit} (UNIT only), {@code province}. ID token and
 * userinfo add {@code name}, {@code department_name} and {@code province_name}.
 */
public final class AccountClaims {

    /** The audience every access token names besides its client: the services. */
    public static final String AUDIENCE = "dondoc";

    private final AccountBook book;

    public AccountClaims(AccountBook book) {
        this.book = book;
    }

    /** What the services read from an access token. */
    public Map<String, Object> access(Account account) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", account.username());
        claims.put("roles", List.of(account.role()));
        if (account.department() != null) {
            claims.put("department", account.department());
        }
        if (account.unit() != null) {
            claims.put("unit", account.unit());
        }
        claims.put("province", book.province());
        return claims;
    }

    /** What a client shows of the person: the access claims and the names. */
    public Map<String, Object> identity(Account account) {
        Map<String, Object> claims = access(account);
        claims.put("name", account.name());
        if (account.department() != null) {
            claims.put("department_name", book.departmentName(account.department()));
        }
        claims.put("province_name", book.provinceName());
        return claims;
    }
}
