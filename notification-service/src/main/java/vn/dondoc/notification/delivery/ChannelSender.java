package vn.dondoc.notification.delivery;

import vn.dondoc.notification.contact.Channel;

/** Sends a PENDING delivery over its channel and marks it SENT or FAILED. */
public interface ChannelSender {

    Channel channel();

    void send(Delivery delivery);
}
