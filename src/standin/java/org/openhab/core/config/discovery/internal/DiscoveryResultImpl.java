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
package org.openhab.core.config.discovery.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.AbstractUID;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultFlag;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.config.discovery.internal.DiscoveryResultImpl} for compiling and
 * testing the binding only: the {@link DiscoveryResult} that {@code DiscoveryResultBuilder} creates.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class DiscoveryResultImpl implements DiscoveryResult {

    private @Nullable ThingUID bridgeUID;
    private @NonNullByDefault({}) ThingUID thingUID;
    private @Nullable ThingTypeUID thingTypeUID;
    private Map<String, Object> properties = Map.of();
    private @Nullable String representationProperty;
    private @NonNullByDefault({}) DiscoveryResultFlag flag;
    private @NonNullByDefault({}) String label;
    private Instant creationTime = Instant.MIN;
    private long timeToLive = TTL_UNLIMITED;

    /**
     * Creates an empty result (reflection only).
     */
    DiscoveryResultImpl() {
    }

    /**
     * Creates a result; use {@code DiscoveryResultBuilder} instead.
     *
     * @param thingTypeUID the thing type
     * @param thingUID the thing UID
     * @param bridgeUID the bridge UID
     * @param properties the properties
     * @param representationProperty the name of the property that identifies the device
     * @param label the label
     * @param timeToLive the time to live in seconds
     * @throws IllegalArgumentException if the time to live is 0 or negative (other than unlimited)
     * @deprecated use {@code DiscoveryResultBuilder} instead
     */
    @Deprecated
    public DiscoveryResultImpl(@Nullable ThingTypeUID thingTypeUID, ThingUID thingUID, @Nullable ThingUID bridgeUID,
            @Nullable Map<String, Object> properties, @Nullable String representationProperty, @Nullable String label,
            long timeToLive) throws IllegalArgumentException {
        if (timeToLive < 1 && timeToLive != TTL_UNLIMITED) {
            throw new IllegalArgumentException("The ttl must not be 0 or negative!");
        }
        this.thingUID = thingUID;
        this.thingTypeUID = thingTypeUID;
        this.bridgeUID = bridgeUID;
        this.properties = properties == null ? Map.of() : Collections.unmodifiableMap(properties);
        this.representationProperty = representationProperty;
        this.label = label == null ? "" : label;
        this.creationTime = Instant.now();
        this.timeToLive = timeToLive;
        this.flag = DiscoveryResultFlag.NEW;
    }

    @Override
    public ThingUID getThingUID() {
        return thingUID;
    }

    @Override
    public ThingTypeUID getThingTypeUID() {
        ThingTypeUID type = thingTypeUID;
        if (type != null) {
            return type;
        }
        String[] segments = thingUID.getAsString().split(AbstractUID.SEPARATOR);
        if (!segments[1].isEmpty()) {
            return new ThingTypeUID(thingUID.getBindingId(), segments[1]);
        }
        throw new IllegalArgumentException("ThingTypeUID of thing '" + thingUID.getAsString() + "' is null.");
    }

    @Override
    public String getBindingId() {
        return thingUID.getBindingId();
    }

    @Override
    public Map<String, Object> getProperties() {
        return properties;
    }

    @Override
    public @Nullable String getRepresentationProperty() {
        return representationProperty;
    }

    @Override
    public DiscoveryResultFlag getFlag() {
        return flag;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public @Nullable ThingUID getBridgeUID() {
        return bridgeUID;
    }

    @Override
    public Instant getCreationTime() {
        return creationTime;
    }

    @Override
    public long getTimeToLive() {
        return timeToLive;
    }

    /**
     * Takes over properties, label and time to live of a newer result for the same thing; keeps the flag.
     *
     * @param sourceResult the newer result
     */
    public void synchronize(@Nullable DiscoveryResult sourceResult) {
        if (sourceResult != null && thingUID.equals(sourceResult.getThingUID())) {
            this.properties = sourceResult.getProperties();
            this.representationProperty = sourceResult.getRepresentationProperty();
            this.label = sourceResult.getLabel();
            this.creationTime = Instant.now();
            this.timeToLive = sourceResult.getTimeToLive();
        }
    }

    @Override
    public void normalizePropertiesOnConfigDescription(List<String> configurationParameters) {
        properties = properties.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> configurationParameters.contains(e.getKey())
                        ? e.getValue()
                        : String.valueOf(e.getValue())));
    }

    /**
     * Sets the flag; {@code null} means {@link DiscoveryResultFlag#NEW}.
     *
     * @param flag the flag
     */
    public void setFlag(@Nullable DiscoveryResultFlag flag) {
        this.flag = flag == null ? DiscoveryResultFlag.NEW : flag;
    }

    @Override
    public int hashCode() {
        return 31 + thingUID.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return thingUID.equals(((DiscoveryResultImpl) obj).thingUID);
    }

    @Override
    public String toString() {
        return "DiscoveryResult [thingUID=" + thingUID + ", properties=" + properties + ", representationProperty="
                + representationProperty + ", flag=" + flag + ", label=" + label + ", bridgeUID=" + bridgeUID
                + ", ttl=" + timeToLive + ", creationTime=" + creationTime + "]";
    }
}
