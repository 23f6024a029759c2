package vn.dondoc.webapp.plans;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Plan;
import vn.dondoc.webapp.services.PlanClient;

/** "Kế hoạch": the department's plans or those of UBND tỉnh, filtered by year, status and text (with or without diacritics). */
@Controller
class PlanListController {

    /** The plans of UBND tỉnh (plan-service's province scope): every department reads them. */
    static final String PROVINCE_SCOPE = "UBND";

    /** Whose plans may be listed, with their names (the province reads the example departments too). */
    static final Map<String, String> SCOPES = new LinkedHashMap<>();

    static {
        SCOPES.put(PROVINCE_SCOPE, "UBND tỉnh");
        SCOPES.put("SKHCN", "Sở Khoa học và Công nghệ");
        SCOPES.put("SDTTG", "Sở Dân tộc và Tôn giáo");
    }

    private final PlanClient plans;

    PlanListController(PlanClient plans) {
        this.plans = plans;
    }

    @GetMapping("/plans")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(required = false) String department, Model model) {
        String own = user.profile().department();
        Map<String, String> scopes = new LinkedHashMap<>();
        if (own != null) {
            scopes.put(own, user.profile().departmentName() != null ? user.profile().departmentName() : own);
            scopes.put(PROVINCE_SCOPE, SCOPES.get(PROVINCE_SCOPE));
        } else {
            scopes.putAll(SCOPES);
        }
        String shown = department != null && scopes.containsKey(department) ? department
                : scopes.keySet().iterator().next();
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
        model.addAttribute("scopes", scopes);
        model.addAttribute("drafts", user.profile().directs() ? plans.openDrafts() : List.of());
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
