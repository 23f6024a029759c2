/** HTTP API of deliveries: what was sent, what failed and why, and retry by the office. */
package vn.dondoc.notification.delivery.web;
