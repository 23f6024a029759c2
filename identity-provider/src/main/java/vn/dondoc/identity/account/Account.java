package vn.dondoc.identity.account;

import java.util.Set;

/**
 * Someone who signs in: user name, Vietnamese full name, role (OFFICE, LEADERSHIP, UNIT or
 * PROVINCE), department (the Sở code; none for PROVINCE; a unit's is the code before its first
 * dot) and unit (UNIT only).
 */
public record Account(String username, String name, String role, String department, String unit) {

    /** The roles a token may carry. */
    public static final Set<String> ROLES = Set.of("OFFICE", "LEADERSHIP", "UNIT", "PROVINCE");

    public Account {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("Tài khoản thiếu tên đăng nhập");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Tài khoản " + username + " thiếu họ tên");
        }
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("Tài khoản " + username + " có vai trò không hợp lệ: " + role);
        }
        if ("UNIT".equals(role) != (unit != null)) {
            throw new IllegalArgumentException("Tài khoản " + username + ": chỉ vai trò UNIT có đơn vị, và phải có");
        }
        if (unit != null) {
            if (unit.indexOf('.') <= 0) {
                throw new IllegalArgumentException("Mã đơn vị phải có dạng <SỞ>.<MÃ>: " + unit);
            }
            String ofUnit = unit.substring(0, unit.indexOf('.'));
            if (department != null && !department.equals(ofUnit)) {
                throw new IllegalArgumentException("Đơn vị " + unit + " không thuộc " + department);
            }
            department = ofUnit;
        }
        if ("PROVINCE".equals(role) != (department == null)) {
            throw new IllegalArgumentException("Tài khoản " + username + ": mọi vai trò trừ PROVINCE thuộc một sở");
        }
    }
}
