package vn.dondoc.notification.delivery.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
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
import vn.dondoc.security.Caller;
import vn.dondoc.security.WallException;
import vn.dondoc.web.ListPage;
import vn.dondoc.web.apidocs.ApiConventions;

/**
 * What was delivered, what failed and why, of the caller's department's units; the office retries a
 * failed delivery. Another department's delivery is answered as absent (404), a list of another
 * department's unit is refused (403).
 */
@RestController
class DeliveryController {

    private final Deliveries deliveries;
    private final List<ChannelSender> senders;

    DeliveryController(Deliveries deliveries, List<ChannelSender> senders) {
        this.deliveries = deliveries;
        this.senders = senders;
    }

    /** A page ({@link ListPage}) of the deliveries, newest first, of one unit and/or one status when asked. */
    @GetMapping("/deliveries")
    ResponseEntity<List<Delivery>> find(@RequestParam(required = false) String unit,
            @RequestParam(required = false) DeliveryStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size);
        Caller caller = Caller.current();
        if (unit != null && !caller.mayReadUnit(unit)) {
            throw new WallException("Chỉ được xem thông báo của các đơn vị thuộc sở mình, không phải của " + unit);
        }
        Page<Delivery> found = deliveries.find(unit, status, caller.scope(), asked.page(), asked.size());
        return ListPage.response(found.getContent(), found.getTotalElements());
    }

    @GetMapping("/deliveries/{id}")
    ResponseEntity<Delivery> byId(@PathVariable String id) {
        Caller caller = Caller.current();
        return ResponseEntity.of(deliveries.byId(id)
                .filter(delivery -> caller.mayRead(Caller.departmentOf(delivery.unitCode()))));
    }

    /** 202: sending again; 409 when the delivery is not FAILED (a sent message is never resent). */
    @PostMapping("/deliveries/{id}/retry")
    @ApiResponse(responseCode = "202", description = "Đang gửi lại",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Delivery.class)))
    @ApiResponse(responseCode = "409", description = "Thông báo này không ở trạng thái gửi thất bại",
            content = @Content(mediaType = ApiConventions.PROBLEM_JSON,
                    schema = @Schema(ref = ApiConventions.PROBLEM_REF)))
    ResponseEntity<?> retry(@PathVariable String id) {
        Caller caller = Caller.current();
        if (deliveries.byId(id).filter(delivery -> caller.mayChange(Caller.departmentOf(delivery.unitCode())))
                .isEmpty()) {
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
