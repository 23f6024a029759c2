package vn.dondoc.webapp.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Contact;
import vn.dondoc.webapp.services.NotificationClient;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.UnitNames;

/**
 * The office edits a unit's contact (notification-service {@code PUT /units/{unit}/contact}): emails,
 * one webhook with its secret (write-only: typed again on every save), the kinds of notice it wants
 * by email and webhook, channels and cadence. A refused value is shown next to its field.
 */
@Controller
class ContactController {

    private final NotificationClient notifications;
    private final UnitNames units;

    ContactController(NotificationClient notifications, UnitNames units) {
        this.notifications = notifications;
        this.units = units;
    }

    @GetMapping("/admin/units/{unit}/contact")
    String form(@PathVariable String unit, @AuthenticationPrincipal SignedInUser user, Model model) {
        if (!user.profile().isOffice()) {
            return "redirect:/";
        }
        Contact contact = notifications.contact(unit);
        model.addAttribute("unit", unit);
        model.addAttribute("unitName", units.name(unit));
        model.addAttribute("emails", contact == null ? "" : String.join("\n", contact.emails()));
        model.addAttribute("webhookUrl", contact == null || contact.webhooks().isEmpty() ? "" : contact.webhooks().get(0));
        model.addAttribute("otherWebhooks", contact == null ? 0 : Math.max(0, contact.webhooks().size() - 1));
        model.addAttribute("channels", contact == null ? Set.of() : contact.channels());
        model.addAttribute("cadence", contact == null || contact.cadence() == null ? "IMMEDIATE" : contact.cadence());
        model.addAttribute("kinds", NoticeKinds.ticked(contact == null ? null : contact.kinds()));
        model.addAttribute("kindLabels", NoticeKinds.LABELS);
        return "admin/contact";
    }

    @PostMapping("/admin/units/{unit}/contact")
    String save(@PathVariable String unit, @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "") String emails, @RequestParam(defaultValue = "") String webhookUrl,
            @RequestParam(defaultValue = "") String webhookSecret,
            @RequestParam(required = false) List<String> channels, @RequestParam(required = false) List<String> kinds,
            @RequestParam(defaultValue = "IMMEDIATE") String cadence, Model model, RedirectAttributes redirect) {
        if (!user.profile().isOffice()) {
            return "redirect:/";
        }
        List<String> emailList = Arrays.stream(emails.split("[\\s,;]+")).map(String::strip)
                .filter(email -> !email.isEmpty()).toList();
        List<Map<String, String>> webhooks = new ArrayList<>();
        if (!webhookUrl.isBlank()) {
            webhooks.add(Map.of("url", webhookUrl.strip(), "secret", webhookSecret));
        }
        Set<String> chosen = channels == null ? Set.of() : new LinkedHashSet<>(channels);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("emails", emailList);
        body.put("webhooks", webhooks);
        Set<String> ticked = kinds == null ? Set.of() : new LinkedHashSet<>(kinds);
        body.put("kinds", NoticeKinds.toSend(ticked));
        body.put("channels", chosen);
        body.put("cadence", cadence);
        Map<String, String> errors = new LinkedHashMap<>();
        if (ticked.isEmpty()) {
            errors.put("kinds", "Chọn ít nhất một loại thông báo. Để không nhận email và webhook, hãy bỏ chọn các kênh.");
            return again(unit, model, errors, emails, webhookUrl, chosen, ticked, cadence);
        }
        try {
            notifications.saveContact(unit, body);
            redirect.addFlashAttribute("done", "Đã lưu thông tin liên hệ của " + units.name(unit) + ".");
            return "redirect:/admin";
        } catch (ServiceProblem problem) {
            if (problem.forbidden() || problem.notFound()) {
                throw problem;
            }
            problem.errors().forEach(error -> errors.merge(formField(error.field()), error.message(),
                    (a, b) -> a + "; " + b));
            if (errors.isEmpty()) {
                errors.put("emails", problem.detail() == null ? problem.title() : problem.detail());
            }
            return again(unit, model, errors, emails, webhookUrl, chosen, ticked, cadence);
        }
    }

    /** The form again with what was typed and the reasons next to their fields. */
    private String again(String unit, Model model, Map<String, String> errors, String emails, String webhookUrl,
            Set<String> channels, Set<String> kinds, String cadence) {
        model.addAttribute("errors", errors);
        model.addAttribute("unit", unit);
        model.addAttribute("unitName", units.name(unit));
        model.addAttribute("emails", emails);
        model.addAttribute("webhookUrl", webhookUrl);
        model.addAttribute("otherWebhooks", 0);
        model.addAttribute("channels", channels);
        model.addAttribute("kinds", kinds);
        model.addAttribute("kindLabels", NoticeKinds.LABELS);
        model.addAttribute("cadence", cadence);
        return "admin/contact";
    }

    /** The service's field ("emails[0]", "webhooks[0].url", "webhooks[0].secret") as the form names it. */
    static String formField(String field) {
        if (field == null) {
            return "emails";
        }
        if (field.startsWith("webhooks")) {
            return field.endsWith("secret") ? "webhookSecret" : "webhookUrl";
        }
        if (field.startsWith("channels")) {
            return "channels";
        }
        if (field.startsWith("kinds")) {
            return "kinds";
        }
        if (field.startsWith("cadence")) {
            return "cadence";
        }
        return "emails";
    }
}
