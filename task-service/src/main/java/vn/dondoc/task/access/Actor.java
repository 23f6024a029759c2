package vn.dondoc.task.access;

import java.util.Set;
import vn.dondoc.security.Caller;
import vn.dondoc.task.assignment.Assignment;

/**
 * Who acts or reads, as the token says: a name for the history, roles, the department and, for a
 * unit, its code.
 *
 * @param unitCode   the unit the person works in; null for the office, leadership and province
 * @param department the department (Sở) the person works in; null for the province
 */
public record Actor(String name, Set<Role> roles, String unitCode, String department) {

    /** The roles of Đôn Đốc, as the token's {@code roles} claim names them. */
    public enum Role {
        /** Văn phòng: registers, reviews, withdraws, reminds. */
        OFFICE,
        /** Lãnh đạo: what the office may do. */
        LEADERSHIP,
        /** A unit (phòng, đơn vị): works on its own assignments. */
        UNIT,
        /** The provincial office: reads everything, changes nothing. */
        PROVINCE
    }

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Behind the same wall as the assignment: of its unit's department, or the province. A unit code
     * belongs to its department, so the assignment a plan of UBND tỉnh gives {@code SKHCN.VP} is
     * SKHCN's (a department's plan names only its own units: {@link Caller#mayName}).
     */
    public boolean reaches(Assignment assignment) {
        return has(Role.PROVINCE)
                || department != null && department.equals(Caller.departmentOf(assignment.origin().unitCode()));
    }

    /** Office or leadership (of their department: see {@link #reaches}): direct the work. */
    public boolean directs() {
        return has(Role.OFFICE) || has(Role.LEADERSHIP);
    }

    /** A unit member whose unit is the given one. */
    public boolean isUnit(String code) {
        return has(Role.UNIT) && unitCode != null && unitCode.equals(code);
    }
}
