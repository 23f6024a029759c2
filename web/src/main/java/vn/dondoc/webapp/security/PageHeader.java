package vn.dondoc.webapp.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.dondoc.webapp.services.NotificationClient;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.ServiceUnavailableException;
import vn.dondoc.webapp.services.UnitNames;

/**
 * What the layout's header needs: the person ({@code me}), their unit's name, the unit directory
 * ({@code units}) and a unit's unread notifications ({@code unread}, left out when the inbox cannot
 * be read now, and for htmx fragments).
 */
@Component
public class PageHeader {

    private final NotificationClient notifications;
    private final UnitNames units;

    PageHeader(NotificationClient notifications, UnitNames units) {
        this.notifications = notifications;
        this.units = units;
    }

    public void addTo(Model model, Authentication authentication, HttpServletRequest request) {
        SignedInUser.Profile me = authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.profile() : null;
        model.addAttribute("me", me);
        model.addAttribute("units", units);
        if (me == null || me.unit() == null) {
            return;
        }
        model.addAttribute("unitName", units.name(me.unit()));
        if (!"true".equals(request.getHeader("HX-Request"))) {
            try {
                model.addAttribute("unread", notifications.unread(me.unit()));
            } catch (ServiceProblem | ServiceUnavailableException e) {
                // the header goes without the count
            }
        }
    }
}
