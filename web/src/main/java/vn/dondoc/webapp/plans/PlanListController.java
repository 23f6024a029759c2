package vn.dondoc.webapp.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.ListSlice;
import vn.dondoc.webapp.services.Plan;
import vn.dondoc.webapp.services.PlanClient;
import vn.dondoc.webapp.services.VietnamTime;

/**
 * "Kế hoạch": the department's plans or those of UBND tỉnh, a page at a time, filtered in plan-service by
 * year, status and text (with or without diacritics); the pager keeps the filters.
 */
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

    /** Plans (and open drafts) shown on one page; the pager links to the others. */
    static final int PAGE_SIZE = 50;


    private final PlanClient plans;

    PlanListController(PlanClient plans) {
        this.plans = plans;
    }

    @GetMapping("/plans")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(required = false) String department, @RequestParam(required = false) Integer page,
            Model model) {
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
        int asked = page == null ? 0 : Math.max(0, page);
        ListSlice<Plan> found = plans.plansOf(shown, year, status, q, asked, PAGE_SIZE);
        model.addAttribute("plans", found.items());
        model.addAttribute("slice", found);
        model.addAttribute("total", found.total());
        model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/plans").queryParam("department", shown)
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParamIfPresent("status", Optional.ofNullable(status).filter(text -> !text.isBlank()))
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(text -> !text.isBlank()))
                .encode().build().toUriString());
        int thisYear = VietnamTime.today().getYear();
        List<Integer> years = new ArrayList<>(IntStream.rangeClosed(thisYear - 5, thisYear + 1).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        if (year != null && !years.contains(year)) {
            years.add(year);
        }
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("department", shown);
        model.addAttribute("scopes", scopes);
        model.addAttribute("drafts", user.profile().directs() ? plans.openDrafts(0, PAGE_SIZE)
                : new ListSlice<>(List.of(), 0, PAGE_SIZE, 0));
        return "plans/list";
    }
}
