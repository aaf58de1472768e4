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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.UID;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.type.ChannelGroupTypeUID} for compiling and testing the
 * binding only: {@code bindingId:channelGroupTypeId}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelGroupTypeUID extends UID {

    /**
     * Parses {@code bindingId:channelGroupTypeId}.
     *
     * @param channelGroupUid the UID as string
     */
    public ChannelGroupTypeUID(String channelGroupUid) {
        super(channelGroupUid);
    }

    /**
     * Creates a channel group type UID.
     *
     * @param bindingId the binding id
     * @param id the channel group type id
     */
    public ChannelGroupTypeUID(String bindingId, String id) {
        super(bindingId, id);
    }

    /**
     * Returns the channel group type id.
     *
     * @return the channel group type id
     */
    public String getId() {
        return getSegment(1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 2;
    }
}
