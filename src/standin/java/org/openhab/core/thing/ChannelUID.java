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
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.ChannelUID} for compiling and testing the binding only:
 * the thing UID plus {@code [groupId#]channelId} as last segment.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelUID extends UID {

    public static final Pattern CHANNEL_SEGMENT_PATTERN = Pattern.compile("[\\w-]*(?:#[\\w-]*)?");
    public static final String CHANNEL_GROUP_SEPARATOR = "#";

    /**
     * Creates an empty UID (reflection only).
     */
    ChannelUID() {
        super();
    }

    /**
     * Parses a channel UID.
     *
     * @param channelUid the UID as string
     */
    public ChannelUID(String channelUid) {
        super(channelUid);
        validateThingUID();
    }

    /**
     * Creates the UID of a channel that is not in a group.
     *
     * @param thingUID the thing the channel belongs to
     * @param id the channel id, may be {@code groupId#channelId}
     */
    public ChannelUID(ThingUID thingUID, String id) {
        super(toSegments(thingUID, null, id));
    }

    /**
     * Creates the UID of a channel in a channel group.
     *
     * @param channelGroupUID the channel group the channel belongs to
     * @param id the channel id within the group
     */
    public ChannelUID(ChannelGroupUID channelGroupUID, String id) {
        super(toSegments(channelGroupUID.getThingUID(), channelGroupUID.getId(), id));
    }

    /**
     * Creates the UID of a channel in a channel group.
     *
     * @param thingUID the thing the channel belongs to
     * @param groupId the channel group id
     * @param id the channel id within the group
     */
    public ChannelUID(ThingUID thingUID, String groupId, String id) {
        super(toSegments(thingUID, groupId, id));
    }

    private void validateThingUID() {
        try {
            getThingUID();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ChannelUID contains an invalid ThingUID part: " + e.getMessage(), e);
        }
    }

    private static List<String> toSegments(ThingUID thingUID, @Nullable String groupId, String id) {
        List<String> segments = new ArrayList<>(thingUID.getAllSegments());
        segments.add(groupId != null ? groupId + CHANNEL_GROUP_SEPARATOR + id : id);
        return segments;
    }

    /**
     * Returns the channel id including the group id, if any.
     *
     * @return the channel id
     */
    public String getId() {
        List<String> segments = getAllSegments();
        return segments.get(segments.size() - 1);
    }

    /**
     * Returns the channel id without the group id.
     *
     * @return the channel id without group
     */
    public String getIdWithoutGroup() {
        return isInGroup() ? getId().split(CHANNEL_GROUP_SEPARATOR)[1] : getId();
    }

    /**
     * Tells whether the channel is in a channel group.
     *
     * @return {@code true} if the id contains the group separator
     */
    public boolean isInGroup() {
        return getId().contains(CHANNEL_GROUP_SEPARATOR);
    }

    /**
     * Returns the group id.
     *
     * @return the group id or {@code null} if the channel is not in a group
     */
    public @Nullable String getGroupId() {
        return isInGroup() ? getId().split(CHANNEL_GROUP_SEPARATOR)[0] : null;
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    @Override
    protected void validateSegment(String segment, int index, int length) {
        if (index < length - 1) {
            super.validateSegment(segment, index, length);
        } else if (!CHANNEL_SEGMENT_PATTERN.matcher(segment).matches()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "UID segment '%s' contains invalid characters. "
                            + "The last segment of the channel UID must match the pattern '%s'.",
                    segment, CHANNEL_SEGMENT_PATTERN));
        }
    }

    /**
     * Returns the UID of the thing the channel belongs to.
     *
     * @return the thing UID
     */
    public ThingUID getThingUID() {
        List<String> segments = getAllSegments();
        return new ThingUID(segments.subList(0, segments.size() - 1).toArray(new String[0]));
    }
}
