package vn.dondoc.task.assignment;

import java.util.Set;

/**
 * Who acts or reads, as the token says: a name for the history, roles and, for a unit, its code.
 *
 * @param unitCode the unit the person works in; null for the office, leadership and province
 */
public record Actor(String name, Set<Role> roles, String unitCode) {

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

    /** Office or leadership: may see everything and direct the work. */
    public boolean directs() {
        return has(Role.OFFICE) || has(Role.LEADERSHIP);
    }

    /** A unit member whose unit is the given one. */
    public boolean isUnit(String code) {
        return has(Role.UNIT) && unitCode != null && unitCode.equals(code);
    }
}
