package vn.dondoc.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates in request bodies: ISO {@code yyyy-MM-dd} with a four-digit year, between
 * {@link RequestLimits#EARLIEST_DATE} and {@link RequestLimits#LATEST_DATE}. {@code +999999999-12-31}
 * is a valid {@link LocalDate} but cannot be stored as a BSON date (it was a 500): refused as
 * unreadable (a 400 problem detail, {@link RequestProblems}) before it reaches a service's rules,
 * which judge the dates that can be written (e.g. an issue date in year 26 is their field error).
 */
final class PlausibleDates extends StdDeserializer<LocalDate> {

    PlausibleDates() {
        super(LocalDate.class);
    }

    /** The module that puts this deserializer on the services' JSON mapper. */
    static SimpleModule module() {
        return new SimpleModule("plausible-dates").addDeserializer(LocalDate.class, new PlausibleDates());
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getString().strip();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw context.weirdStringException(text, LocalDate.class, "không phải ngày dạng yyyy-MM-dd");
        }
        if (date.isBefore(RequestLimits.EARLIEST_DATE) || date.isAfter(RequestLimits.LATEST_DATE)) {
            throw context.weirdStringException(text, LocalDate.class, "năm phải có bốn chữ số (0001–9999)");
        }
        return date;
    }
}
