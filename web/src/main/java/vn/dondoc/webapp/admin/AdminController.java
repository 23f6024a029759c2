package vn.dondoc.webapp.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Delivery;
import vn.dondoc.webapp.services.ListSlice;
import vn.dondoc.webapp.services.NotificationClient;
import vn.dondoc.webapp.services.PlanClient;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.Unit;
import vn.dondoc.webapp.services.UnitNames;

/**
 * "Quản trị" for the office: the unit directory with its edit links and the roster file upload
 * (plan-service {@code PUT /departments/{d}/units}), and the delivery log with retry.
 */
@Controller
class AdminController {

    /** Deliveries on one page of the log (newest first); the pager links to the others. */
    static final int PAGE_SIZE = 100;

    private final NotificationClient notifications;
    private final PlanClient plans;
    private final UnitNames units;

    AdminController(NotificationClient notifications, PlanClient plans, UnitNames units) {
        this.notifications = notifications;
        this.plans = plans;
        this.units = units;
    }

    @GetMapping("/admin")
    String admin(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer page,
            Model model) {
        if (!user.profile().isOffice()) {
            return "redirect:/";
        }
        return page(user, page == null ? 0 : Math.max(0, page), model);
    }

    /** A roster file (YAML or JSON) loaded into the department's directory; its units are listed once loaded. */
    @PostMapping("/admin/units/roster")
    String roster(@RequestParam(name = "roster", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) throws IOException {
        if (!user.profile().isOffice()) {
            return "redirect:/";
        }
        String name = file == null || file.getOriginalFilename() == null ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (file == null || file.isEmpty()) {
            model.addAttribute("rosterError", "Cần chọn tệp danh mục đơn vị (.yml, .yaml hoặc .json)");
            return page(user, 0, model);
        }
        if (!name.endsWith(".yml") && !name.endsWith(".yaml") && !name.endsWith(".json")) {
            model.addAttribute("rosterError", "Chỉ nhận tệp YAML (.yml, .yaml) hoặc JSON (.json)");
            return page(user, 0, model);
        }
        try {
            List<Unit> loaded = plans.loadRoster(user.profile().department(),
                    new String(file.getBytes(), StandardCharsets.UTF_8), name.endsWith(".json"));
            redirect.addFlashAttribute("done", "Đã nạp " + loaded.size() + " đơn vị từ tệp "
                    + file.getOriginalFilename() + ": "
                    + loaded.stream().map(Unit::name).collect(Collectors.joining(", ")) + ".");
            return "redirect:/admin";
        } catch (ServiceProblem problem) {
            if (problem.forbidden()) {
                throw problem;
            }
            model.addAttribute("rosterError", problem.detail() == null ? problem.title() : problem.detail());
            return page(user, 0, model);
        }
    }

    @PostMapping("/admin/deliveries/{id}/retry")
    String retry(@PathVariable String id, RedirectAttributes redirect) {
        try {
            notifications.retry(id);
            redirect.addFlashAttribute("done", "Đã gửi lại thông báo.");
        } catch (ServiceProblem problem) {
            if (problem.forbidden()) {
                throw problem;
            }
            redirect.addFlashAttribute("failed", problem.detail() == null ? problem.title() : problem.detail());
        }
        return "redirect:/admin";
    }

    private String page(SignedInUser user, int page, Model model) {
        model.addAttribute("directory", units.unitsOf(user.profile().department()).stream()
                .sorted(Comparator.comparing(Unit::name)).toList());
        model.addAttribute("kindLabels", new KindLabels());
        ListSlice<Delivery> deliveries = notifications.deliveries(page, PAGE_SIZE);
        model.addAttribute("deliveries", deliveries.items());
        model.addAttribute("deliverySlice", deliveries);
        return "admin/admin";
    }

    /** For the template: a kind's Vietnamese label. */
    public static final class KindLabels {
        public String of(String kind) {
            return UnitKinds.label(kind);
        }
    }
}
