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
package org.openhab.core.thing.type;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Stand-in (minimal) of openHAB 5.2.1 {@code org.openhab.core.thing.type.ThingType} for compiling and testing the
 * binding only: the template of a thing. Only needed in signatures; channel (group) definitions are left out.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ThingType extends AbstractDescriptionType {

    private final List<String> supportedBridgeTypeUIDs;
    private final List<String> extensibleChannelTypeIds;
    private final Map<String, String> properties;
    private final @Nullable String representationProperty;
    private final boolean listed;
    private final @Nullable String category;

    ThingType(ThingTypeUID uid, @Nullable List<String> supportedBridgeTypeUIDs, String label,
            @Nullable String description, @Nullable String category, boolean listed,
            @Nullable String representationProperty, @Nullable Map<String, String> properties,
            @Nullable URI configDescriptionURI, @Nullable List<String> extensibleChannelTypeIds)
            throws IllegalArgumentException {
        super(uid, label, description, configDescriptionURI);
        this.category = category;
        this.listed = listed;
        this.representationProperty = representationProperty;
        this.supportedBridgeTypeUIDs = supportedBridgeTypeUIDs == null ? List.of()
                : List.copyOf(supportedBridgeTypeUIDs);
        this.extensibleChannelTypeIds = extensibleChannelTypeIds == null ? List.of()
                : List.copyOf(extensibleChannelTypeIds);
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    @Override
    public ThingTypeUID getUID() {
        return (ThingTypeUID) super.getUID();
    }

    public String getBindingId() {
        return getUID().getBindingId();
    }

    public List<String> getSupportedBridgeTypeUIDs() {
        return supportedBridgeTypeUIDs;
    }

    public Map<String, String> getProperties() {
        return properties;
    }

    public @Nullable String getCategory() {
        return category;
    }

    public boolean isListed() {
        return listed;
    }

    public @Nullable String getRepresentationProperty() {
        return representationProperty;
    }

    public List<String> getExtensibleChannelTypeIds() {
        return extensibleChannelTypeIds;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return getUID().equals(((ThingType) obj).getUID());
    }

    @Override
    public int hashCode() {
        return getUID().hashCode();
    }

    @Override
    public String toString() {
        return getUID().toString();
    }
}
