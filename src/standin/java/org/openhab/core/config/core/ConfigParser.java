/**
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.config.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.config.core.ConfigParser} for compiling and testing the binding
 * only. Maps configuration maps onto records (canonical constructor, missing primitives become 0/false) or onto
 * classes with a public no-argument constructor (non-final, non-transient fields, also inherited ones), converting
 * values like openHAB: numbers to any numeric type, strings to numbers/booleans/enums, collections element-wise.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class ConfigParser {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConfigParser.class);

    private static final Map<String, Class<?>> WRAPPER_CLASSES = Map.of("float", Float.class, "double", Double.class,
            "long", Long.class, "int", Integer.class, "short", Short.class, "byte", Byte.class, "boolean",
            Boolean.class);

    private static final Map<Class<?>, Object> PRIMITIVE_DEFAULTS = Map.of(boolean.class, false, byte.class, (byte) 0,
            short.class, (short) 0, int.class, 0, long.class, 0L, float.class, 0f, double.class, 0d, char.class, '\0');

    private static final Map<Class<?>, Function<Number, Object>> FROM_NUMBER = Map.of(Float.class,
            Number::floatValue, Double.class, Number::doubleValue, Long.class, Number::longValue, Integer.class,
            Number::intValue, Short.class, Number::shortValue, Byte.class, Number::byteValue, BigDecimal.class,
            number -> new BigDecimal(number.toString()));

    private static final Map<Class<?>, Function<String, Object>> FROM_STRING = Map.of(Float.class, Float::valueOf,
            Double.class, Double::valueOf, Long.class, Long::valueOf, Integer.class, Integer::valueOf, Short.class,
            Short::valueOf, Byte.class, Byte::valueOf, BigDecimal.class, BigDecimal::new, Boolean.class,
            Boolean::valueOf);

    private ConfigParser() {
    }

    /**
     * Creates an instance of a record or of a class with a public no-argument constructor from a configuration map.
     *
     * @param properties the configuration
     * @param configurationClass the record or class to create
     * @return the instance, or {@code null} if it could not be created
     */
    public static <T> @Nullable T configurationAs(Map<String, @Nullable Object> properties,
            Class<T> configurationClass) {
        try {
            return configurationClass.isRecord() ? constructRecord(properties, configurationClass)
                    : constructClass(properties, configurationClass);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            LOGGER.warn("Could not create configuration instance of '{}' with properties keys {}: {}",
                    configurationClass.getName(), properties.keySet(), e.getMessage(), e);
            return null;
        }
    }

    private static <T> T constructClass(Map<String, @Nullable Object> properties, Class<T> configurationClass)
            throws NoSuchMethodException, InstantiationException, IllegalAccessException, InvocationTargetException {
        T configuration = configurationClass.getConstructor().newInstance();
        for (Field field : allFields(configurationClass)) {
            int modifiers = field.getModifiers();
            Object rawValue = properties.get(field.getName());
            if (Modifier.isFinal(modifiers) || Modifier.isTransient(modifiers) || rawValue == null) {
                continue;
            }
            Object value = convertValue(rawValue, field.getType(), field.getGenericType(), field.getName());
            if (value != null) {
                try {
                    field.setAccessible(true);
                    field.set(configuration, value);
                } catch (IllegalAccessException e) {
                    LOGGER.warn("Could not set field value for field '{}': {}", field.getName(), e.getMessage(), e);
                }
            }
        }
        return configuration;
    }

    private static <T> T constructRecord(Map<String, @Nullable Object> properties, Class<T> configurationClass)
            throws NoSuchMethodException, InstantiationException, IllegalAccessException, InvocationTargetException {
        RecordComponent[] components = configurationClass.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<T> constructor = configurationClass.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        @Nullable Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Object rawValue = properties.get(component.getName());
            Object value = rawValue == null ? null
                    : convertValue(rawValue, component.getType(), component.getGenericType(), component.getName());
            if (value == null && component.getType().isPrimitive()) {
                value = PRIMITIVE_DEFAULTS.get(component.getType());
            }
            args[i] = value;
        }
        return configurationClass.cast(constructor.newInstance(args));
    }

    private static @Nullable Object convertValue(Object value, Class<?> type, @Nullable Type genericType,
            String fieldName) {
        if (value instanceof Collection<?> values) {
            Collection<Object> collection = List.class.isAssignableFrom(type) ? new ArrayList<>()
                    : Set.class.isAssignableFrom(type) ? new HashSet<>() : null;
            if (collection == null) {
                LOGGER.warn("Skipping field '{}', only List and Set are supported as target collection types",
                        fieldName);
                return null;
            }
            if (!(genericType instanceof ParameterizedType parameterized)) {
                LOGGER.warn("Skipping field '{}', target collection type must declare a generic element type",
                        fieldName);
                return null;
            }
            if (parameterized.getActualTypeArguments()[0] instanceof Class<?> elementType) {
                values.stream().map(element -> valueAs(element, elementType)).filter(Objects::nonNull)
                        .forEach(collection::add);
            }
            return collection;
        }
        Object converted = valueAs(value, type);
        if (converted == null) {
            LOGGER.warn("Could not set value for field '{}' because conversion failed. Check your configuration value.",
                    fieldName);
        }
        return converted;
    }

    private static List<Field> allFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            fields.addAll(Arrays.asList(current.getDeclaredFields()));
        }
        return fields;
    }

    /**
     * Converts a value or returns a default.
     *
     * @param value the value or its string form
     * @param type the wanted type
     * @param defaultValue returned if the value is {@code null} or cannot be converted
     * @return the converted value or the default
     */
    public static <T> T valueAsOrElse(@Nullable Object value, Class<T> type, T defaultValue) {
        return Objects.requireNonNullElse(valueAs(value, type), defaultValue);
    }

    /**
     * Converts a value to the given type (primitive types are converted to their wrapper).
     *
     * @param value the value or its string form
     * @param type the wanted type
     * @return the converted value, or {@code null} if the value is {@code null} or cannot be converted
     */
    @SuppressWarnings("unchecked")
    public static <T> @Nullable T valueAs(@Nullable Object value, Class<T> type) {
        if (value == null || type.isAssignableFrom(value.getClass())) {
            return (T) value;
        }
        Class<?> typeClass = WRAPPER_CLASSES.getOrDefault(type.getSimpleName(), type);
        Object result = value;
        if (value instanceof Number number) {
            Function<Number, Object> conversion = FROM_NUMBER.get(typeClass);
            if (conversion != null) {
                result = conversion.apply(number);
            }
        } else if (value instanceof String text && !String.class.equals(typeClass)) {
            result = fromString(text, typeClass);
        }
        if (result != null && typeClass.isAssignableFrom(result.getClass())) {
            return (T) result;
        }
        LOGGER.warn("Conversion of value '{}' with type '{}' to '{}' failed. Returning null", value, value.getClass(),
                type);
        return null;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static @Nullable Object fromString(String text, Class<?> typeClass) {
        Function<String, Object> conversion = FROM_STRING.get(typeClass);
        if (conversion != null) {
            return conversion.apply(text);
        }
        if (typeClass.isEnum()) {
            try {
                return Enum.valueOf((Class<? extends Enum>) typeClass, text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (Set.class.isAssignableFrom(typeClass)) {
            return Set.of(text);
        }
        if (Collection.class.isAssignableFrom(typeClass)) {
            return List.of(text);
        }
        return text;
    }
}
