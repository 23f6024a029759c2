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
 * one webhook with its secret (write-only: typed again on every save), channels and cadence; the
 * subscribed kinds are kept as they were. A refused value is shown next to its field.
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
        return "admin/contact";
    }

    @PostMapping("/admin/units/{unit}/contact")
    String save(@PathVariable String unit, @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "") String emails, @RequestParam(defaultValue = "") String webhookUrl,
            @RequestParam(defaultValue = "") String webhookSecret,
            @RequestParam(required = false) List<String> channels,
            @RequestParam(defaultValue = "IMMEDIATE") String cadence, Model model, RedirectAttributes redirect) {
        if (!user.profile().isOffice()) {
            return "redirect:/";
        }
        Contact before = notifications.contact(unit);
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
        body.put("kinds", before == null ? Set.of() : before.kinds());
        body.put("channels", chosen);
        body.put("cadence", cadence);
        try {
            notifications.saveContact(unit, body);
            redirect.addFlashAttribute("done", "Đã lưu thông tin liên hệ của " + units.name(unit) + ".");
            return "redirect:/admin";
        } catch (ServiceProblem problem) {
            if (problem.forbidden() || problem.notFound()) {
                throw problem;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            problem.errors().forEach(error -> errors.merge(formField(error.field()), error.message(),
                    (a, b) -> a + "; " + b));
            if (errors.isEmpty()) {
                errors.put("emails", problem.detail() == null ? problem.title() : problem.detail());
            }
            model.addAttribute("errors", errors);
            model.addAttribute("unit", unit);
            model.addAttribute("unitName", units.name(unit));
            model.addAttribute("emails", emails);
            model.addAttribute("webhookUrl", webhookUrl);
            model.addAttribute("otherWebhooks", 0);
            model.addAttribute("channels", chosen);
            model.addAttribute("cadence", cadence);
            return "admin/contact";
        }
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
        if (field.startsWith("cadence")) {
            return "cadence";
        }
        return "emails";
    }
}
