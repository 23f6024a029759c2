package vn.dondoc.notification.contact;

/**
 * How often a unit gets email. {@code IMMEDIATE} still groups a plan's assignments arriving
 * together into one message; {@code DAILY_DIGEST} sends one message a day with everything new.
 */
public enum Cadence {
    IMMEDIATE,
    DAILY_DIGEST
}
