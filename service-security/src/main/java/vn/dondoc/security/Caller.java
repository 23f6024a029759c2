package vn.dondoc.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.dondoc.contracts.PlanIssued;

/**
 * Who is calling, as the access token says: the user shown in histories, the role, the department
 * (Sở code; none for the province), the unit (UNIT only) and the province. The walls between
 * departments are its methods, the same in every service.
 *
 * @param role {@code null} when the token names no role Đôn Đốc knows (then it may do nothing)
 */
public record Caller(String user, Role role, String department, String unit, String province) {

    /**
     * The scope of the plans of UBND tỉnh ({@code departmentCode} {@code UBND}): the provincial office
     * registers and changes them, and the units of the province-level directory ({@code UBND.VP},
     * communes) belong to it. The Sở those plans name are their offices ({@code SKHCN.VP}).
     */
    public static final String PROVINCE_SCOPE = PlanIssued.PROVINCE_SCOPE;

    /** The roles of Đôn Đốc, as the token's {@code roles} claim names them. */
    public enum Role {
        /** Văn phòng Sở: registers, reviews, withdraws, reminds, within its department. */
        OFFICE,
        /** Lãnh đạo Sở: what the office may do. */
        LEADERSHIP,
        /** A unit (phòng, đơn vị) of a department: its own work only. */
        UNIT,
        /** Văn phòng UBND tỉnh: reads every department of its province, changes nothing. */
        PROVINCE
    }

    /** The caller a token names ({@code preferred_username}, else {@code sub}). */
    public static Caller of(Jwt token) {
        String name = token.getClaimAsString("preferred_username");
        List<String> claimed = token.getClaimAsStringList("roles");
        Role role = null;
        for (Role known : Role.values()) {
            if (claimed != null && claimed.contains(known.name())) {
                role = known;
                break;
            }
        }
        return new Caller(name == null || name.isBlank() ? token.getSubject() : name, role,
                token.getClaimAsString("department"), token.getClaimAsString("unit"),
                token.getClaimAsString("province"));
    }

    /** The caller of an authentication, if it is a bearer token's. */
    public static Optional<Caller> of(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken token ? Optional.of(of(token.getToken()))
                : Optional.empty();
    }

    /** The caller of the request being served (the filter chain has authenticated it). */
    public static Caller current() {
        return of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new IllegalStateException("no bearer token in this request"));
    }

    /** The department a unit code belongs to: the part before the first dot ({@code SKHCN.VP} → {@code SKHCN}). */
    public static String departmentOf(String unitCode) {
        if (unitCode == null) {
            return null;
        }
        int dot = unitCode.indexOf('.');
        return dot < 0 ? unitCode : unitCode.substring(0, dot);
    }

    /**
     * Whether a plan of the given department may name the unit: a department's plan only its own
     * units; a plan of UBND tỉnh ({@link #PROVINCE_SCOPE}) the departments (through their offices,
     * {@code SKHCN.VP}) and the province's own units. An assignment belongs to its unit's department,
     * so this keeps every department's work behind its own wall.
     */
    public static boolean mayName(String planDepartment, String unitCode) {
        return PROVINCE_SCOPE.equals(planDepartment) || (planDepartment != null
                && planDepartment.equals(departmentOf(unitCode)));
    }

    public boolean is(Role... roles) {
        for (Role candidate : roles) {
            if (candidate == role) {
                return true;
            }
        }
        return false;
    }

    /** The provincial office: reads every department of its province. */
    public boolean isProvince() {
        return role == Role.PROVINCE;
    }

    /** Office or leadership of a department: direct its work. */
    public boolean directs() {
        return is(Role.OFFICE, Role.LEADERSHIP);
    }

    /** The token names a role, a province, and a department (a unit's own) unless it is the province's. */
    public boolean wellFormed() {
        if (role == null || province == null) {
            return false;
        }
        if (isProvince()) {
            return true;
        }
        return department != null && (role != Role.UNIT || department.equals(departmentOf(unit)));
    }

    /** Belongs to department D (the province belongs to none). */
    public boolean inDepartment(String code) {
        return !isProvince() && department != null && department.equals(code);
    }

    /** May read department D: its office, leadership and units, and the province. */
    public boolean mayRead(String code) {
        return isProvince() || inDepartment(code);
    }

    /**
     * May read an issued plan of department D: as {@link #mayRead}, and every caller of the province
     * the plans of UBND tỉnh ({@link #PROVINCE_SCOPE}), which are addressed to all its departments.
     */
    public boolean mayReadPlanOf(String code) {
        return mayRead(code) || PROVINCE_SCOPE.equals(code);
    }

    /**
     * May change what belongs to department D as a whole: its office and leadership; the provincial
     * office what belongs to the province scope (the plans of UBND tỉnh) and nothing of a department.
     */
    public boolean mayChange(String code) {
        return (directs() && inDepartment(code)) || (isProvince() && PROVINCE_SCOPE.equals(code));
    }

    /** Where the caller registers and imports plans: its department; the provincial office: {@link #PROVINCE_SCOPE}. */
    public String home() {
        return isProvince() ? PROVINCE_SCOPE : department;
    }

    /** Works in this unit (role UNIT). */
    public boolean isUnit(String unitCode) {
        return role == Role.UNIT && unit != null && unit.equals(unitCode);
    }

    /** May read a unit's work: the unit, its department's office and leadership, the province. */
    public boolean mayReadUnit(String unitCode) {
        return isProvince() || isUnit(unitCode) || (directs() && inDepartment(departmentOf(unitCode)));
    }

    /** May change a unit's work: the unit itself, its department's office and leadership. */
    public boolean mayChangeUnit(String unitCode) {
        return isUnit(unitCode) || mayChange(departmentOf(unitCode));
    }

    /** Throws {@link WallException} (403) unless the caller may read department D. */
    public void requireRead(String code) {
        if (!mayRead(code)) {
            throw new WallException("Tài khoản chỉ được xem dữ liệu của sở mình, không phải của " + code);
        }
    }

    /** Throws {@link WallException} (403) unless the caller may change department D's work. */
    public void requireChange(String code) {
        if (!mayChange(code)) {
            throw new WallException(PROVINCE_SCOPE.equals(code) ? "Chỉ Văn phòng UBND tỉnh được thực hiện thao tác này"
                    : "Chỉ Văn phòng hoặc Lãnh đạo sở " + code + " được thực hiện thao tác này");
        }
    }

    /** The department whose objects this caller sees; {@code null} for the province (all of them). */
    public String scope() {
        return isProvince() ? null : department;
    }
}
