package vn.dondoc.webapp.services;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Units by name, never by code alone: the department's directory, read once per request from
 * plan-service. A code the directory does not know is shown as it is.
 */
@Component
@RequestScope
public class UnitNames {

    private final PlanClient plans;
    private final Map<String, List<Unit>> byDepartment = new java.util.HashMap<>();

    UnitNames(PlanClient plans) {
        this.plans = plans;
    }

    /** The unit's name ("Phòng Quản lý khoa học"), or its code when unknown. */
    public String name(String code) {
        if (code == null) {
            return "";
        }
        int dot = code.indexOf('.');
        if (dot < 0) {
            return code;
        }
        return unitsOf(code.substring(0, dot)).stream().filter(unit -> unit.code().equals(code)).findFirst()
                .map(Unit::name).orElse(code);
    }

    /** Names of several units, comma-separated. */
    public String names(List<String> codes) {
        return codes == null ? "" : codes.stream().map(this::name).collect(Collectors.joining(", "));
    }

    /** The department's units (an empty list when the directory cannot be read). */
    public List<Unit> unitsOf(String department) {
        if (department == null) {
            return List.of();
        }
        return byDepartment.computeIfAbsent(department, code -> {
            try {
                return plans.unitsOf(code);
            } catch (ServiceProblem | ServiceUnavailableException e) {
                return List.of();
            }
        });
    }

    /** Code → name of the department's units. */
    public Map<String, String> mapOf(String department) {
        return unitsOf(department).stream().collect(Collectors.toMap(Unit::code, Unit::name, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

}
