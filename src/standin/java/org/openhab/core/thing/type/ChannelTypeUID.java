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
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.type.ChannelTypeUID} for compiling and testing the binding
 * only: {@code bindingId:channelTypeId}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelTypeUID extends UID {

    /**
     * Creates an empty UID (reflection only).
     */
    ChannelTypeUID() {
        super();
    }

    /**
     * Parses {@code bindingId:channelTypeId}.
     *
     * @param channelUid the UID as string
     */
    public ChannelTypeUID(String channelUid) {
        super(channelUid);
    }

    /**
     * Creates a channel type UID.
     *
     * @param bindingId the binding id
     * @param id the channel type id
     */
    public ChannelTypeUID(String bindingId, String id) {
        super(bindingId, id);
    }

    /**
     * Returns the channel type id.
     *
     * @return the channel type id
     */
    public String getId() {
        return getSegment(1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 2;
    }
}
