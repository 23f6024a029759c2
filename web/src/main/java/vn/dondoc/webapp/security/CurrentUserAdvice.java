package vn.dondoc.webapp.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dondoc.webapp.services.NotificationClient;
import vn.dondoc.webapp.services.ServiceProblem;
import vn.dondoc.webapp.services.ServiceUnavailableException;
import vn.dondoc.webapp.services.UnitNames;

/** Puts the signed-in person (and a unit's unread count) into every page's model for the header. */
@ControllerAdvice
class CurrentUserAdvice {

    private final NotificationClient notifications;
    private final UnitNames units;

    CurrentUserAdvice(NotificationClient notifications, UnitNames units) {
        this.notifications = notifications;
        this.units = units;
    }

    @ModelAttribute("me")
    SignedInUser.Profile me(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user.profile()
                : null;
    }

    @ModelAttribute("units")
    UnitNames units() {
        return units;
    }

    @ModelAttribute("unitName")
    String unitName(Authentication authentication) {
        SignedInUser.Profile me = me(authentication);
        return me == null || me.unit() == null ? null : units.name(me.unit());
    }

    /** Unread notifications of a unit; null when not a unit, or when the inbox cannot be read now. */
    @ModelAttribute("unread")
    Long unread(Authentication authentication, HttpServletRequest request) {
        SignedInUser.Profile me = me(authentication);
        if (me == null || me.unit() == null || "true".equals(request.getHeader("HX-Request"))) {
            return null;
        }
        try {
            return notifications.unread(me.unit());
        } catch (ServiceProblem | ServiceUnavailableException e) {
            return null;
        }
    }
}
