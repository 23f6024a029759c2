package vn.dondoc.notification.delivery.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.notification.delivery.ChannelSender;
import vn.dondoc.notification.delivery.Deliveries;
import vn.dondoc.notification.delivery.Delivery;
import vn.dondoc.notification.delivery.DeliveryStatus;

/** What was delivered, what failed and why; the office retries a failed delivery. */
@RestController
class DeliveryController {

    private final Deliveries deliveries;
    private final List<ChannelSender> senders;

    DeliveryController(Deliveries deliveries, List<ChannelSender> senders) {
        this.deliveries = deliveries;
        this.senders = senders;
    }

    @GetMapping("/deliveries")
    List<Delivery> find(@RequestParam(required = false) String unit,
            @RequestParam(required = false) DeliveryStatus status) {
        return deliveries.find(unit, status);
    }

    @GetMapping("/deliveries/{id}")
    ResponseEntity<Delivery> byId(@PathVariable String id) {
        return ResponseEntity.of(deliveries.byId(id));
    }

    /** 202: sending again; 409 when the delivery is not FAILED (a sent message is never resent). */
    @PostMapping("/deliveries/{id}/retry")
    ResponseEntity<?> retry(@PathVariable String id) {
        if (deliveries.byId(id).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return deliveries.reopen(id).<ResponseEntity<?>>map(reopened -> {
            senders.stream().filter(sender -> sender.channel() == reopened.channel())
                    .forEach(sender -> sender.send(reopened));
            return ResponseEntity.accepted().body(reopened);
        }).orElseGet(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Chỉ gửi lại được thông báo đã gửi thất bại");
            problem.setTitle("Không thể gửi lại");
            problem.setType(URI.create("https://dondoc.vn/problems/delivery-not-failed"));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        });
    }
}
