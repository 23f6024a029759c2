package vn.dondoc.security;

import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import vn.dondoc.security.Caller.Role;

/**
 * URL rules for paths that name a department ({@code {department}}) or a unit ({@code {unitCode}}):
 * a path of another department, or of another unit for a unit, is refused (403) before anything
 * is read.
 */
public final class Walls {

    private Walls() {
    }

    /** {@code {department}}: the given roles of that department; the province if listed. */
    public static AuthorizationManager<RequestAuthorizationContext> department(Role... roles) {
        return rule(roles, (caller, context) -> caller.isProvince()
                || caller.inDepartment(context.getVariables().get("department")));
    }

    /**
     * {@code {department}} changed: among the given roles, those who may change that department
     * ({@link Caller#mayChange}: its office and leadership; the province only its own scope).
     */
    public static AuthorizationManager<RequestAuthorizationContext> departmentChange(Role... roles) {
        return rule(roles, (caller, context) -> caller.mayChange(context.getVariables().get("department")));
    }

    /**
     * {@code {unitCode}}: among the given roles, a unit only for itself, the office and leadership
     * for the units of their department, the province for all.
     */
    public static AuthorizationManager<RequestAuthorizationContext> unit(Role... roles) {
        return rule(roles, (caller, context) -> {
            String unitCode = context.getVariables().get("unitCode");
            return caller.isProvince() || caller.isUnit(unitCode)
                    || (caller.directs() && caller.inDepartment(Caller.departmentOf(unitCode)));
        });
    }

    private static AuthorizationManager<RequestAuthorizationContext> rule(Role[] roles,
            BiPredicate<Caller, RequestAuthorizationContext> wall) {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication who = authentication.get();
            boolean allowed = who != null && who.isAuthenticated() && Caller.of(who)
                    .filter(caller -> caller.is(roles))
                    .filter(caller -> wall.test(caller, context)).isPresent();
            return new AuthorizationDecision(allowed);
        };
    }
}
