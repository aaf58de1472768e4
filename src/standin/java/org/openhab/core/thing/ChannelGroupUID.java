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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.ChannelGroupUID} for compiling and testing the binding
 * only: the thing UID plus the group id as last segment.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelGroupUID extends UID {

    /**
     * Creates an empty UID (reflection only).
     */
    ChannelGroupUID() {
        super();
    }

    /**
     * Parses a channel group UID.
     *
     * @param channelGroupUid the UID as string
     */
    public ChannelGroupUID(String channelGroupUid) {
        super(channelGroupUid);
        validateThingUID();
    }

    /**
     * Creates a channel group UID.
     *
     * @param thingUID the thing the group belongs to
     * @param id the group id
     */
    public ChannelGroupUID(ThingUID thingUID, String id) {
        super(toSegments(thingUID, id));
    }

    private void validateThingUID() {
        try {
            getThingUID();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ChannelGroupUID contains an invalid ThingUID part: " + e.getMessage(),
                    e);
        }
    }

    private static List<String> toSegments(ThingUID thingUID, String id) {
        List<String> segments = new ArrayList<>(thingUID.getAllSegments());
        segments.add(id);
        return segments;
    }

    /**
     * Returns the group id.
     *
     * @return the group id
     */
    public String getId() {
        return getAllSegments().getLast();
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    /**
     * Returns the UID of the thing the group belongs to.
     *
     * @return the thing UID
     */
    public ThingUID getThingUID() {
        List<String> segments = getAllSegments();
        return new ThingUID(segments.subList(0, segments.size() - 1).toArray(new String[0]));
    }
}
