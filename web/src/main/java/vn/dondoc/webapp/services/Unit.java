package vn.dondoc.webapp.services;

import java.util.List;

/** A unit of the department's directory (plan-service). */
public record Unit(String departmentCode, String code, String name, List<String> aliases, String kind) {
}
