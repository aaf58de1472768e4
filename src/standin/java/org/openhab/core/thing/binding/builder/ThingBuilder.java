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
package org.openhab.core.thing.binding.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.semantics.SemanticTag;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.internal.ThingImpl;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.binding.builder.ThingBuilder} for compiling and testing the
 * binding only: builds {@link Thing}s.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ThingBuilder {

    protected final ThingUID thingUID;
    protected final ThingTypeUID thingTypeUID;
    private @Nullable String label;
    private final List<Channel> channels = new ArrayList<>();
    private @Nullable Configuration configuration;
    private @Nullable ThingUID bridgeUID;
    private @Nullable Map<String, String> properties;
    private @Nullable String location;
    private @Nullable String semanticEquipmentTag;

    protected ThingBuilder(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        this.thingUID = thingUID;
        this.thingTypeUID = thingTypeUID;
    }

    /**
     * Creates a builder of a thing without bridge.
     *
     * @param thingTypeUID the thing type
     * @param thingId the id part of the thing UID
     * @return the builder
     */
    public static ThingBuilder create(ThingTypeUID thingTypeUID, String thingId) {
        return new ThingBuilder(thingTypeUID, new ThingUID(thingTypeUID, thingId));
    }

    /**
     * Creates a builder.
     *
     * @param thingTypeUID the thing type
     * @param thingUID the thing UID
     * @return the builder
     */
    public static ThingBuilder create(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        return new ThingBuilder(thingTypeUID, thingUID);
    }

    /**
     * Creates a builder seeded with a copy of the given thing.
     *
     * @param thing the thing to copy
     * @return the builder
     */
    public static ThingBuilder create(Thing thing) {
        return create(thing.getThingTypeUID(), thing.getUID()).withBridge(thing.getBridgeUID())
                .withChannels(thing.getChannels()).withConfiguration(thing.getConfiguration())
                .withLabel(thing.getLabel()).withLocation(thing.getLocation()).withProperties(thing.getProperties())
                .withSemanticEquipmentTag(thing.getSemanticEquipmentTag());
    }

    public Thing build() {
        return populate(new ThingImpl(thingTypeUID, thingUID));
    }

    public ThingBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    /**
     * Adds a channel.
     *
     * @param channel the channel
     * @return this builder
     * @throws IllegalArgumentException if the channel belongs to another thing or its UID is already present
     */
    public ThingBuilder withChannel(Channel channel) {
        validateChannelUIDs(List.of(channel));
        for (Channel existing : channels) {
            if (existing.getUID().equals(channel.getUID())) {
                throw new IllegalArgumentException("Duplicate channel UID: " + channel.getUID());
            }
        }
        channels.add(channel);
        return this;
    }

    public ThingBuilder withChannels(Channel... channels) {
        return withChannels(Arrays.asList(channels));
    }

    /**
     * Replaces all channels.
     *
     * @param channels the channels
     * @return this builder
     * @throws IllegalArgumentException if a channel belongs to another thing or a UID is present twice
     */
    public ThingBuilder withChannels(List<Channel> channels) {
        validateChannelUIDs(channels);
        Set<ChannelUID> uids = new HashSet<>();
        for (Channel channel : channels) {
            if (!uids.add(channel.getUID())) {
                throw new IllegalArgumentException("Duplicate channel UID: " + channel.getUID());
            }
        }
        this.channels.clear();
        this.channels.addAll(channels);
        return this;
    }

    public ThingBuilder withoutChannel(ChannelUID channelUID) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).getUID().equals(channelUID)) {
                channels.remove(i);
                break;
            }
        }
        return this;
    }

    public ThingBuilder withoutChannels(Channel... channels) {
        return withoutChannels(Arrays.asList(channels));
    }

    public ThingBuilder withoutChannels(List<Channel> channels) {
        for (Channel channel : channels) {
            withoutChannel(channel.getUID());
        }
        return this;
    }

    public ThingBuilder withConfiguration(Configuration configuration) {
        this.configuration = configuration;
        return this;
    }

    public ThingBuilder withBridge(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
        return this;
    }

    public ThingBuilder withProperty(String key, String value) {
        Map<String, String> newProperties = new HashMap<>(Objects.requireNonNullElse(properties, Map.of()));
        newProperties.put(key, value);
        return withProperties(newProperties);
    }

    public ThingBuilder withProperties(Map<String, String> properties) {
        this.properties = properties;
        return this;
    }

    public ThingBuilder withLocation(@Nullable String location) {
        this.location = location;
        return this;
    }

    public ThingBuilder withSemanticEquipmentTag(@Nullable String semanticEquipmentTag) {
        this.semanticEquipmentTag = semanticEquipmentTag;
        return this;
    }

    public ThingBuilder withSemanticEquipmentTag(SemanticTag semanticEquipmentTag) {
        return withSemanticEquipmentTag(semanticEquipmentTag.getName());
    }

    protected Thing populate(ThingImpl thing) {
        thing.setLabel(label);
        thing.setChannels(channels);
        thing.setConfiguration(configuration);
        thing.setBridgeUID(bridgeUID);
        Map<String, String> currentProperties = properties;
        if (currentProperties != null) {
            currentProperties.forEach(thing::setProperty);
        }
        thing.setLocation(location);
        thing.setSemanticEquipmentTag(semanticEquipmentTag);
        return thing;
    }

    private void validateChannelUIDs(List<Channel> channels) {
        for (Channel channel : channels) {
            if (!thingUID.equals(channel.getUID().getThingUID())) {
                throw new IllegalArgumentException(
                        "Channel UID '" + channel.getUID() + "' does not match thing UID '" + thingUID + "'");
            }
        }
    }
}
