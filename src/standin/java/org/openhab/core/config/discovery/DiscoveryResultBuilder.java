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
package org.openhab.core.config.discovery;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.AbstractUID;
import org.openhab.core.config.discovery.internal.DiscoveryResultImpl;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.config.discovery.DiscoveryResultBuilder} for compiling and testing
 * the binding only: builds {@link DiscoveryResult}s; the thing type defaults to the one named in the thing UID.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class DiscoveryResultBuilder {

    private final Logger logger = LoggerFactory.getLogger(DiscoveryResultBuilder.class);

    private final ThingUID thingUID;
    private @Nullable ThingUID bridgeUID;
    private final Map<String, Object> properties = new HashMap<>();
    private @Nullable String representationProperty;
    private @Nullable String label;
    private long ttl = DiscoveryResult.TTL_UNLIMITED;
    private @Nullable ThingTypeUID thingTypeUID;

    private DiscoveryResultBuilder(ThingUID thingUID) {
        this.thingUID = thingUID;
    }

    public static DiscoveryResultBuilder create(ThingUID thingUID) {
        return new DiscoveryResultBuilder(thingUID);
    }

    /**
     * Creates a builder seeded with the values of the given result.
     *
     * @param discoveryResult the result to copy
     * @return the builder
     */
    public static DiscoveryResultBuilder create(DiscoveryResult discoveryResult) {
        return new DiscoveryResultBuilder(discoveryResult.getThingUID()).withBridge(discoveryResult.getBridgeUID())
                .withProperties(discoveryResult.getProperties())
                .withRepresentationProperty(discoveryResult.getRepresentationProperty())
                .withLabel(discoveryResult.getLabel()).withTTL(discoveryResult.getTimeToLive())
                .withThingType(discoveryResult.getThingTypeUID());
    }

    public DiscoveryResultBuilder withThingType(@Nullable ThingTypeUID thingTypeUID) {
        this.thingTypeUID = thingTypeUID;
        return this;
    }

    public DiscoveryResultBuilder withProperties(@Nullable Map<String, Object> properties) {
        if (properties != null) {
            this.properties.putAll(properties);
        }
        return this;
    }

    public DiscoveryResultBuilder withProperty(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    public DiscoveryResultBuilder withRepresentationProperty(@Nullable String representationProperty) {
        this.representationProperty = representationProperty;
        return this;
    }

    public DiscoveryResultBuilder withBridge(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
        return this;
    }

    public DiscoveryResultBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    /**
     * Sets the time to live.
     *
     * @param ttl the time to live in seconds, {@link DiscoveryResult#TTL_UNLIMITED} for ever
     * @return this builder
     */
    public DiscoveryResultBuilder withTTL(long ttl) {
        this.ttl = ttl;
        return this;
    }

    /**
     * Builds the result; warns if the representation property is missing from the properties.
     *
     * @return the discovery result
     * @throws IllegalArgumentException if the time to live is 0 or negative (other than unlimited)
     */
    @SuppressWarnings("deprecation")
    public DiscoveryResult build() {
        String representation = representationProperty;
        if (representation != null && !properties.containsKey(representation)) {
            logger.warn("Representation property '{}' of discovery result for thing '{}' is missing in properties map. "
                    + "It has to be fixed by the bindings developer.", representation, thingUID);
        }
        ThingTypeUID type = thingTypeUID;
        if (type == null) {
            String[] segments = thingUID.getAsString().split(AbstractUID.SEPARATOR);
            if (!segments[1].isEmpty()) {
                type = new ThingTypeUID(thingUID.getBindingId(), segments[1]);
                thingTypeUID = type;
            }
        }
        return new DiscoveryResultImpl(type, thingUID, bridgeUID, properties, representation, label, ttl);
    }
}
