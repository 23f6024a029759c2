package vn.dondoc.notification.delivery;

import vn.dondoc.notification.contact.Channel;

/**
 * Sends a PENDING delivery over its channel and marks it SENT or FAILED: {@link Deliveries#failed} when
 * the channel failed (sent again later), {@link Deliveries#failedUntilRetriedByHand} otherwise.
 */
public interface ChannelSender {

    Channel channel();

    void send(Delivery delivery);
}
