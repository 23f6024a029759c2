package vn.dondoc.webapp.plans;

import java.io.IOException;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Draft;
import vn.dondoc.webapp.services.PlanClient;
import vn.dondoc.webapp.services.ServiceProblem;

/** Import: the office uploads a plan document (.docx or .txt) and gets a draft to correct. */
@Controller
class PlanImportController {

    private final PlanClient plans;

    PlanImportController(PlanClient plans) {
        this.plans = plans;
    }

    @GetMapping("/plans/import")
    String form() {
        return "plans/import";
    }

    @PostMapping("/plans/import")
    String upload(@RequestParam("document") MultipartFile document, @AuthenticationPrincipal SignedInUser user,
            Model model) throws IOException {
        String name = document.getOriginalFilename() == null ? "" : document.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (document.isEmpty()) {
            model.addAttribute("error", "Cần chọn tệp văn bản kế hoạch (.docx hoặc .txt)");
            return "plans/import";
        }
        if (!name.endsWith(".docx") && !name.endsWith(".txt") && !name.endsWith(".md")) {
            model.addAttribute("error", "Chỉ nhận tệp Word (.docx) hoặc văn bản (.txt)");
            return "plans/import";
        }
        try {
            Draft draft = plans.importDocument(user.profile().department(), document.getBytes(), name.endsWith(".docx"));
            return "redirect:/drafts/" + draft.id();
        } catch (ServiceProblem problem) {
            if (problem.forbidden()) {
                throw problem;
            }
            model.addAttribute("error", problem.detail() == null ? problem.title() : problem.detail());
            return "plans/import";
        }
    }
}
