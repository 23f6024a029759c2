package vn.dondoc.eventing.feed;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Instances of the contract's records made by reflection, and what the records' own constructors say
 * about each field: a field whose {@code null} the canonical constructor refuses is required.
 */
final class SampleEvents {

    private SampleEvents() {
    }

    /** A record with every field set. */
    static Object full(Class<?> type) {
        return construct(type, arguments(type, true), true);
    }

    /** A record with only the required fields set (the optional ones {@code null}). */
    static Object minimal(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> required = requiredFields(type);
        Object[] arguments = arguments(type, false);
        for (int i = 0; i < components.length; i++) {
            if (!required.contains(components[i].getName()) && !components[i].getType().isPrimitive()) {
                arguments[i] = null;
            }
        }
        return construct(type, arguments, false);
    }

    /**
     * The fields the canonical constructor refuses to leave empty (a number or a yes/no is never
     * required: it is always written, and an event of an older version without it reads as 0 or false).
     */
    static Set<String> requiredFields(Class<?> type) {
        return REQUIRED.computeIfAbsent(type, SampleEvents::probeRequired);
    }

    private static final Map<Class<?>, Set<String>> REQUIRED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<String> probeRequired(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> required = new LinkedHashSet<>();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType().isPrimitive()) {
                continue; // always written, and read as 0 or false when absent: an older event lacks it
            }
            Object[] arguments = arguments(type, true);
            arguments[i] = null;
            try {
                canonical(type).newInstance(arguments);
            } catch (InvocationTargetException refused) {
                if (refused.getCause() instanceof IllegalArgumentException || refused.getCause() instanceof NullPointerException) {
                    required.add(components[i].getName());
                } else {
                    throw new IllegalStateException(refused.getCause());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return Set.copyOf(required);
    }

    private static Object construct(Class<?> type, Object[] arguments, boolean full) {
        try {
            return canonical(type).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + (full ? "full" : "minimal") + " " + type.getName(), e);
        }
    }

    private static Constructor<?> canonical(Class<?> type) {
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object[] arguments(Type owner, boolean full) {
        Class<?> type = (Class<?>) owner;
        return Arrays.stream(type.getRecordComponents())
                .map(component -> value(component.getName(), component.getGenericType(), full)).toArray();
    }

    private static Object value(String name, Type generic, boolean full) {
        Class<?> type = generic instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) generic;
        if (type == String.class) {
            return name + "-1";
        }
        if (type == Instant.class) {
            return Instant.parse("2026-03-14T02:30:00Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 18);
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == double.class || type == Double.class) {
            return 1.5;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            list.add(value(name, element, full));
            return list;
        }
        if (type == Map.class) {
            Type[] kinds = ((ParameterizedType) generic).getActualTypeArguments();
            return Map.of(value(name, kinds[0], full), value(name, kinds[1], full));
        }
        if (type.isRecord()) {
            return full ? full(type) : minimal(type);
        }
        throw new IllegalStateException("no sample value for " + generic.getTypeName() + " " + name);
    }
}
