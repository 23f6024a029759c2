/** Consumes {@code plan-issued}: which regimes a plan's units report under. */
package vn.dondoc.reporting.obligation.messaging;
