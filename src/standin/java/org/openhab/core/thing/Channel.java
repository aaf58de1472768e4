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
package org.openhab.core.thing;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.type.AutoUpdatePolicy;
import org.openhab.core.thing.type.ChannelKind;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.Channel} for compiling and testing the binding only: one
 * function of a thing that items can be linked to. Build instances with
 * {@link org.openhab.core.thing.binding.builder.ChannelBuilder}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class Channel {

    private @Nullable String acceptedItemType;
    private final ChannelKind kind;
    private @NonNullByDefault({}) ChannelUID uid;
    private @Nullable ChannelTypeUID channelTypeUID;
    private @Nullable String label;
    private @Nullable String description;
    private Configuration configuration;
    private Map<String, String> properties;
    private Set<String> defaultTags = new LinkedHashSet<>();
    private @Nullable AutoUpdatePolicy autoUpdatePolicy;

    /**
     * Creates an empty channel (reflection only).
     */
    Channel() {
        this.kind = ChannelKind.STATE;
        this.configuration = new Configuration();
        this.properties = Map.of();
    }

    /**
     * Creates a channel; use {@link org.openhab.core.thing.binding.builder.ChannelBuilder}.
     */
    protected Channel(ChannelUID uid, @Nullable ChannelTypeUID channelTypeUID, @Nullable String acceptedItemType,
            ChannelKind kind, @Nullable Configuration configuration, Set<String> defaultTags,
            @Nullable Map<String, String> properties, @Nullable String label, @Nullable String description,
            @Nullable AutoUpdatePolicy autoUpdatePolicy) {
        this.uid = uid;
        this.channelTypeUID = channelTypeUID;
        this.acceptedItemType = acceptedItemType;
        this.kind = kind;
        this.label = label;
        this.description = description;
        this.autoUpdatePolicy = autoUpdatePolicy;
        this.defaultTags = Set.copyOf(defaultTags);
        this.configuration = configuration == null ? new Configuration() : configuration;
        this.properties = properties == null ? Map.of() : properties;
    }

    public @Nullable String getAcceptedItemType() {
        return acceptedItemType;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public ChannelUID getUID() {
        return uid;
    }

    public @Nullable ChannelTypeUID getChannelTypeUID() {
        return channelTypeUID;
    }

    public @Nullable String getLabel() {
        return label;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public Configuration getConfiguration() {
        return configuration;
    }

    /**
     * Returns an immutable copy of the properties.
     *
     * @return the properties
     */
    public Map<String, String> getProperties() {
        synchronized (this) {
            return Map.copyOf(properties);
        }
    }

    public Set<String> getDefaultTags() {
        return defaultTags;
    }

    public @Nullable AutoUpdatePolicy getAutoUpdatePolicy() {
        return autoUpdatePolicy;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        Channel other = (Channel) o;
        return Objects.equals(acceptedItemType, other.acceptedItemType) && kind == other.kind
                && Objects.equals(uid, other.uid) && Objects.equals(channelTypeUID, other.channelTypeUID)
                && Objects.equals(label, other.label) && Objects.equals(description, other.description)
                && Objects.equals(configuration, other.configuration)
                && Objects.equals(properties, other.properties) && Objects.equals(defaultTags, other.defaultTags)
                && autoUpdatePolicy == other.autoUpdatePolicy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(acceptedItemType, kind, uid, channelTypeUID, label, description, configuration, properties,
                defaultTags, autoUpdatePolicy);
    }
}
