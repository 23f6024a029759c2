package vn.dondoc.eventing;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON form of event payloads: ISO dates, unknown fields ignored (contracts only grow). */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EventJson() {
    }

    public static String write(Object event) {
        return MAPPER.writeValueAsString(event);
    }

    /** Reads a payload; any error becomes a {@link MalformedEventException} with the reason. */
    public static <T> T read(byte[] json, Class<T> type) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new MalformedEventException("event data is empty");
            }
            return value;
        } catch (JacksonException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException invalid ? invalid : e;
            throw new MalformedEventException("cannot read " + type.getSimpleName() + ": "
                    + cause.getMessage(), e);
        }
    }
}
