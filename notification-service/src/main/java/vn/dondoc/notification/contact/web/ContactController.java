package vn.dondoc.notification.contact.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.notification.contact.Cadence;
import vn.dondoc.notification.contact.Channel;
import vn.dondoc.notification.contact.Contacts;
import vn.dondoc.notification.contact.UnitContact;
import vn.dondoc.notification.contact.WebhookEndpoint;
import vn.dondoc.notification.inbox.NotificationKind;
import vn.dondoc.security.Caller;
import vn.dondoc.web.ListPage;
import vn.dondoc.web.RequestLimits;

/** A unit's contact and preferences. Secrets are write-only: responses never contain them. */
@RestController
class ContactController {

    private final Contacts contacts;

    ContactController(Contacts contacts) {
        this.contacts = contacts;
    }

    @PutMapping("/units/{unitCode}/contact")
    ContactView save(@PathVariable String unitCode, @Valid @RequestBody ContactRequest request) {
        return ContactView.of(contacts.save(new UnitContact(unitCode, request.emails(),
                request.webhooks(), request.kinds(), request.channels(), request.cadence(), false)));
    }

    @GetMapping("/units/{unitCode}/contact")
    ResponseEntity<ContactView> of(@PathVariable String unitCode) {
        return ResponseEntity.of(contacts.of(unitCode).map(ContactView::of));
    }

    /** The contacts of the caller's department's units (the province: every department's), a page ({@link ListPage}) by unit code. */
    @GetMapping("/contacts")
    ResponseEntity<List<ContactView>> all(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size);
        Page<UnitContact> found = contacts.page(Caller.current().scope(), asked.page(), asked.size());
        return ListPage.response(found.getContent().stream().map(ContactView::of).toList(), found.getTotalElements());
    }

    record ContactRequest(
            @Size(max = RequestLimits.CONTACTS, message = "Có quá {max} địa chỉ email")
            List<@Size(max = RequestLimits.TITLE, message = "Địa chỉ email dài quá {max} ký tự") String> emails,
            @Size(max = RequestLimits.CONTACTS, message = "Có quá {max} webhook") List<@Valid WebhookEndpoint> webhooks,
            Set<NotificationKind> kinds, Set<Channel> channels, Cadence cadence) {
    }

    record ContactView(String unitCode, List<String> emails, List<String> webhooks,
            Set<NotificationKind> kinds, Set<Channel> channels, Cadence cadence, boolean example) {

        static ContactView of(UnitContact contact) {
            return new ContactView(contact.unitCode(), contact.emails(),
                    contact.webhooks().stream().map(WebhookEndpoint::url).toList(), contact.kinds(),
                    contact.channels(), contact.cadence(), contact.example());
        }
    }
}
