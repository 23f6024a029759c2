package vn.dondoc.webapp.plans;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Plan;
import vn.dondoc.webapp.services.PlanClient;

/** "Kế hoạch": the department's plans, filtered by year, status and text (with or without diacritics). */
@Controller
class PlanListController {

    static final List<String> DEPARTMENTS = List.of("SKHCN", "SDTTG");

    private final PlanClient plans;

    PlanListController(PlanClient plans) {
        this.plans = plans;
    }

    @GetMapping("/plans")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(required = false) String department, Model model) {
        String shown = user.profile().department() != null ? user.profile().department()
                : department != null && !department.isBlank() ? department : DEPARTMENTS.get(0);
        List<Plan> all = plans.plansOf(shown);
        String folded = fold(q);
        List<Plan> found = all.stream()
                .filter(plan -> year == null || plan.issuedOn() != null && plan.issuedOn().getYear() == year)
                .filter(plan -> status == null || status.isBlank() || status.equals(plan.status()))
                .filter(plan -> folded.isEmpty() || fold(plan.number() + " " + plan.title()).contains(folded))
                .toList();
        model.addAttribute("plans", found);
        model.addAttribute("total", all.size());
        model.addAttribute("years", all.stream().filter(plan -> plan.issuedOn() != null)
                .map(plan -> plan.issuedOn().getYear()).distinct().sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("department", shown);
        model.addAttribute("departments", user.profile().department() == null ? DEPARTMENTS : List.of());
        return "plans/list";
    }

    /** Lower case without diacritics ("Kế hoạch" → "ke hoach"; đ → d). */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd');
    }
}
