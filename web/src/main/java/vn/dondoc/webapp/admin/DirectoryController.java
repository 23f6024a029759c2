package vn.dondoc.webapp.admin;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.PlanClient;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.Unit;

/**
 * The office keeps its department's unit directory: adds a unit, renames it, sets its other names,
 * kind, attributes, validity and successor, with plan-service's {@code PUT /departments/{d}/units/{code}}.
 * A value the service refuses is shown next to its field with what was typed.
 */
@Controller
class DirectoryController {

    private static final String CODE = "[A-Za-z0-9_-]{1,30}";

    private final PlanClient plans;

    DirectoryController(PlanClient plans) {
        this.plans = plans;
    }

    @GetMapping("/admin/units/new")
    String addForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!user.profile().isOffice()) {
            return "redirect:/";
        }
        return form(user, model, UnitForm.empty(), null, Map.of());
    }

    @GetMapping("/admin/units/{code}")
    String editForm(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
        if (!user.profile().isOffice()) {
            return "redirect:/";
        }
        Unit unit = directory(user).stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> new ServiceProblem(404, "Không tìm thấy", "Không có đơn vị " + code
                        + " trong danh mục của Sở", List.of()));
        return form(user, model, UnitForm.of(unit), unit, Map.of());
    }

    @PostMapping("/admin/units")
    String add(@ModelAttribute UnitForm typed, @AuthenticationPrincipal SignedInUser user, Model model,
            RedirectAttributes redirect) {
        if (!user.profile().isOffice()) {
            return "redirect:/";
        }
        String department = user.profile().department();
        Map<String, String> errors = new LinkedHashMap<>();
        String shortCode = typed.code().startsWith(department + ".") ? typed.code().substring(department.length() + 1)
                : typed.code();
        if (!shortCode.matches(CODE)) {
            errors.put("code", "Mã đơn vị cần từ 1 đến 30 ký tự: chữ không dấu, số, dấu gạch (ví dụ TTHC)");
        } else {
            directory(user).stream().filter(u -> u.code().equals(typed.fullCode(department))).findFirst()
                    .ifPresent(u -> errors.put("code", "Mã " + u.code() + " đã có trong danh mục (" + u.name()
                            + "); hãy sửa đơn vị đó hoặc chọn mã khác"));
        }
        return save(typed.fullCode(department), typed, null, errors, user, model, redirect);
    }

    @PostMapping("/admin/units/{code}")
    String edit(@PathVariable String code, @ModelAttribute UnitForm typed, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect) {
        if (!user.profile().isOffice()) {
            return "redirect:/";
        }
        Unit unit = directory(user).stream().filter(u -> u.code().equals(code)).findFirst().orElse(null);
        if (unit == null) {
            throw new ServiceProblem(404, "Không tìm thấy", "Không có đơn vị " + code + " trong danh mục của Sở", List.of());
        }
        return save(code, typed, unit, new LinkedHashMap<>(), user, model, redirect);
    }

    private String save(String code, UnitForm typed, Unit existing, Map<String, String> errors, SignedInUser user,
            Model model, RedirectAttributes redirect) {
        errors.putAll(typed.errors());
        if (typed.successor().equals(code)) {
            errors.put("successor", "Một đơn vị không thể kế thừa chính nó");
        }
        if (errors.isEmpty()) {
            try {
                Unit saved = plans.putUnit(user.profile().department(), code, typed.body());
                redirect.addFlashAttribute("done", (existing == null ? "Đã thêm đơn vị " : "Đã lưu đơn vị ")
                        + saved.name() + " (" + saved.code() + ").");
                return "redirect:/admin#unit-" + saved.code();
            } catch (ServiceProblem problem) {
                if (problem.forbidden() || problem.notFound()) {
                    throw problem;
                }
                problem.byField().forEach((field, message) -> errors.merge(formField(field), message,
                        (a, b) -> a + "; " + b));
                if (errors.isEmpty()) {
                    errors.put(fieldOf(problem.detail()), problem.detail() == null ? problem.title() : problem.detail());
                }
            }
        }
        return form(user, model, typed, existing, errors);
    }

    private String form(SignedInUser user, Model model, UnitForm unit, Unit existing, Map<String, String> errors) {
        String department = user.profile().department();
        model.addAttribute("unit", unit);
        model.addAttribute("existing", existing);
        model.addAttribute("department", department);
        model.addAttribute("kinds", kindsFor(unit.kind()));
        model.addAttribute("knownAttributes", UnitForm.KNOWN_ATTRIBUTES);
        model.addAttribute("otherAttributes", unit.attributes().stream()
                .filter(a -> !UnitForm.KNOWN_ATTRIBUTES.containsKey(a)).toList());
        List<Unit> successors = new java.util.ArrayList<>(directory(user).stream()
                .filter(u -> existing == null || !u.code().equals(existing.code()))
                .sorted(Comparator.comparing(Unit::name)).toList());
        if (!unit.successor().isEmpty() && successors.stream().noneMatch(u -> u.code().equals(unit.successor()))) {
            successors.add(new Unit(department, unit.successor(), unit.successor(), List.of(), null));
        }
        model.addAttribute("successors", successors);
        model.addAttribute("errors", errors);
        return "admin/unit";
    }

    private static Map<String, String> kindsFor(String current) {
        Map<String, String> kinds = UnitKinds.forDepartment();
        if (current != null && !current.isBlank() && !kinds.containsKey(current)) {
            kinds.put(current, UnitKinds.label(current));
        }
        return kinds;
    }

    private List<Unit> directory(SignedInUser user) {
        return plans.unitsOf(user.profile().department());
    }

    /** plan-service's field names are the form's; an attribute's index is dropped. */
    static String formField(String field) {
        String name = field.replaceAll("\\[.*$", "");
        return switch (name) {
            case "name", "aliases", "kind", "attributes", "validFrom", "validTo", "successor", "code" -> name;
            default -> "name";
        };
    }

    /** A reason without a field ("Đơn vị X: validTo trước validFrom") goes next to the field it is about. */
    static String fieldOf(String detail) {
        if (detail == null) {
            return "name";
        }
        if (detail.contains("validTo") || detail.contains("validFrom") || detail.contains("ngày")) {
            return "validTo";
        }
        if (detail.contains("kind") || detail.contains("Loại")) {
            return "kind";
        }
        if (detail.contains("kế thừa") || detail.contains("successor")) {
            return "successor";
        }
        return "name";
    }
}
