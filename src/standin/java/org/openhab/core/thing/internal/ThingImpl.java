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
package org.openhab.core.thing.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.semantics.SemanticTag;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.internal.ThingImpl} for compiling and testing the binding
 * only: the mutable {@link Thing} that the builders create.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ThingImpl implements Thing {

    private @Nullable String label;
    private @Nullable ThingUID bridgeUID;
    private final Map<ChannelUID, Channel> channels = new LinkedHashMap<>();
    private Configuration configuration = new Configuration();
    private Map<String, String> properties = new HashMap<>();
    private @NonNullByDefault({}) ThingUID uid;
    private @NonNullByDefault({}) ThingTypeUID thingTypeUID;
    private @Nullable String location;
    private @Nullable String semanticEquipmentTag;
    private transient volatile ThingStatusInfo status = ThingStatusInfoBuilder
            .create(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE).build();
    private transient volatile @Nullable ThingHandler thingHandler;

    /**
     * Creates an empty thing (reflection only).
     */
    ThingImpl() {
    }

    /**
     * Creates a thing without bridge.
     *
     * @param thingTypeUID the thing type
     * @param thingId the thing id
     */
    public ThingImpl(ThingTypeUID thingTypeUID, String thingId) {
        this.uid = new ThingUID(thingTypeUID.getBindingId(), thingTypeUID.getId(), thingId);
        this.thingTypeUID = thingTypeUID;
    }

    /**
     * Creates a thing.
     *
     * @param thingTypeUID the thing type
     * @param thingUID the thing UID
     */
    public ThingImpl(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        this.uid = thingUID;
        this.thingTypeUID = thingTypeUID;
    }

    @Override
    public @Nullable String getLabel() {
        return label;
    }

    @Override
    public void setLabel(@Nullable String label) {
        this.label = label;
    }

    @Override
    public @Nullable ThingUID getBridgeUID() {
        return bridgeUID;
    }

    @Override
    public List<Channel> getChannels() {
        return List.copyOf(channels.values());
    }

    @Override
    public List<Channel> getChannelsOfGroup(String channelGroupId) {
        return channels.entrySet().stream().filter(c -> channelGroupId.equals(c.getKey().getGroupId()))
                .map(Map.Entry::getValue).toList();
    }

    @Override
    public @Nullable Channel getChannel(String channelId) {
        return getChannel(new ChannelUID(uid, channelId));
    }

    @Override
    public @Nullable Channel getChannel(ChannelUID channelUID) {
        return channels.get(channelUID);
    }

    @Override
    public Configuration getConfiguration() {
        return configuration;
    }

    @Override
    public @Nullable ThingHandler getHandler() {
        return thingHandler;
    }

    @Override
    public ThingUID getUID() {
        return uid;
    }

    @Override
    public ThingStatus getStatus() {
        return status.getStatus();
    }

    @Override
    public ThingStatusInfo getStatusInfo() {
        return status;
    }

    @Override
    public void setBridgeUID(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
    }

    public void addChannel(Channel channel) {
        channels.put(channel.getUID(), channel);
    }

    public void setChannels(List<Channel> channels) {
        this.channels.clear();
        channels.forEach(this::addChannel);
    }

    public void setConfiguration(@Nullable Configuration configuration) {
        this.configuration = configuration == null ? new Configuration() : configuration;
    }

    @Override
    public void setHandler(@Nullable ThingHandler thingHandler) {
        this.thingHandler = thingHandler;
    }

    public void setId(ThingUID id) {
        this.uid = id;
    }

    @Override
    public void setStatusInfo(ThingStatusInfo status) {
        this.status = status;
    }

    @Override
    public ThingTypeUID getThingTypeUID() {
        return thingTypeUID;
    }

    public void setThingTypeUID(ThingTypeUID thingTypeUID) {
        this.thingTypeUID = thingTypeUID;
    }

    @Override
    public Map<String, String> getProperties() {
        synchronized (this) {
            return Map.copyOf(properties);
        }
    }

    @Override
    public @Nullable String setProperty(String name, @Nullable String value) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Property name must not be null or empty");
        }
        synchronized (this) {
            return value == null ? properties.remove(name) : properties.put(name, value);
        }
    }

    @Override
    public void setProperties(Map<String, String> properties) {
        this.properties = new HashMap<>(properties);
    }

    @Override
    public @Nullable String getLocation() {
        return location;
    }

    @Override
    public void setLocation(@Nullable String location) {
        this.location = location;
    }

    @Override
    public boolean isEnabled() {
        return ThingStatusDetail.DISABLED != getStatusInfo().getStatusDetail();
    }

    @Override
    public String toString() {
        // the configuration is left out on purpose: it may hold secrets
        StringBuilder sb = new StringBuilder(getUID().toString());
        sb.append(" (ThingTypeUID=").append(getThingTypeUID()).append(", Bridge=False");
        ThingUID bridge = getBridgeUID();
        if (bridge != null) {
            sb.append(", BridgeUID=").append(bridge);
        }
        sb.append(", Label=").append(getLabel());
        String thingLocation = getLocation();
        if (thingLocation != null) {
            sb.append(", Location=").append(thingLocation);
        }
        sb.append(", Status=").append(getStatus()).append(", StatusInfo=").append(getStatusInfo());
        sb.append(", SemanticEquipmentTag=").append(getSemanticEquipmentTag()).append(")");
        return sb.toString();
    }

    @Override
    public int hashCode() {
        return 31 + uid.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return uid.equals(((ThingImpl) obj).uid);
    }

    @Override
    public @Nullable String getSemanticEquipmentTag() {
        return semanticEquipmentTag;
    }

    @Override
    public void setSemanticEquipmentTag(@Nullable String semanticEquipmentTag) {
        this.semanticEquipmentTag = semanticEquipmentTag;
    }

    @Override
    public void setSemanticEquipmentTag(@Nullable SemanticTag semanticEquipmentTag) {
        setSemanticEquipmentTag(semanticEquipmentTag == null ? null : semanticEquipmentTag.getName());
    }
}
