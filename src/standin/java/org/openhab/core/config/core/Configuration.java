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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.config.core.Configuration} for compiling and testing the binding
 * only: the configuration of a thing or channel. Like openHAB it is not {@code @NonNullByDefault} and normalises
 * values: numbers become {@link BigDecimal}, collections become lists of normalised values.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
public class Configuration {

    private static final Set<String> OSGI_PARAMETERS = Set.of("service.pid", "component.name", "component.id");

    private final Map<String, Object> properties;

    public Configuration() {
        this(Map.of(), true);
    }

    /**
     * Creates a copy of the given configuration.
     *
     * @param configuration the configuration to copy, may be {@code null}
     */
    public Configuration(final @Nullable Configuration configuration) {
        this(configuration == null ? Map.of() : configuration.properties, true);
    }

    /**
     * Creates a configuration with the given (normalised) values.
     *
     * @param properties the values, {@code null} for an empty configuration
     */
    public Configuration(@Nullable Map<String, Object> properties) {
        this(properties == null ? Map.of() : properties, false);
    }

    private Configuration(final Map<String, Object> properties, final boolean alreadyNormalized) {
        this.properties = Collections
                .synchronizedMap(alreadyNormalized ? new HashMap<>(properties) : normalizeTypes(properties));
    }

    /**
     * Maps this configuration onto a record or a class with fields, see {@link ConfigParser#configurationAs}.
     *
     * @param configurationClass the class to create
     * @return the new instance, {@code null} if it could not be created
     */
    public <T> T as(Class<T> configurationClass) {
        synchronized (properties) {
            return ConfigParser.configurationAs(properties, configurationClass);
        }
    }

    public boolean containsKey(String key) {
        return properties.containsKey(key);
    }

    public Object get(String key) {
        return properties.get(key);
    }

    public Object put(String key, @Nullable Object value) {
        return properties.put(key, value == null ? null : normalizeType(value));
    }

    public Object remove(String key) {
        return properties.remove(key);
    }

    public Set<String> keySet() {
        synchronized (properties) {
            return Collections.unmodifiableSet(new HashSet<>(properties.keySet()));
        }
    }

    public Collection<Object> values() {
        synchronized (properties) {
            return Collections.unmodifiableCollection(new ArrayList<>(properties.values()));
        }
    }

    public Map<String, Object> getProperties() {
        synchronized (properties) {
            return Collections.unmodifiableMap(new HashMap<>(properties));
        }
    }

    public void setProperties(Map<String, Object> newProperties) {
        synchronized (properties) {
            properties.clear();
            newProperties.forEach(this::put);
        }
    }

    @Override
    public int hashCode() {
        return properties.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Configuration other && properties.equals(other.properties);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Configuration[");
        synchronized (properties) {
            boolean first = true;
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                Object value = property.getValue();
                sb.append(String.format(Locale.ROOT, "{key=%s; type=%s; value=%s}", property.getKey(),
                        value != null ? value.getClass().getSimpleName() : "?", value));
            }
        }
        return sb.append("]").toString();
    }

    private static Map<String, Object> normalizeTypes(Map<String, Object> configuration) {
        Map<String, Object> normalized = new HashMap<>(configuration.size());
        configuration.forEach((name, value) -> {
            if (!OSGI_PARAMETERS.contains(name)) {
                normalized.put(name, normalizeType(value));
            }
        });
        return normalized;
    }

    private static @Nullable Object normalizeType(@Nullable Object value) {
        if (value == null || value instanceof Boolean || value instanceof String || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Collection<?> collection) {
            return normalizeCollection(collection);
        }
        throw new IllegalArgumentException(
                "Invalid type '{" + value.getClass().getCanonicalName() + "}' of configuration value!");
    }

    private static List<@Nullable Object> normalizeCollection(Collection<?> collection) {
        List<@Nullable Object> list = new ArrayList<>(collection.size());
        for (Object element : collection) {
            Object normalized = normalizeType(element);
            Object first = list.isEmpty() ? normalized : list.get(0);
            list.add(normalized);
            if (normalized == null || first == null || normalized.getClass() != first.getClass()) {
                throw new IllegalArgumentException("Invalid configuration property. Heterogeneous collection value!");
            }
        }
        return list;
    }
}
