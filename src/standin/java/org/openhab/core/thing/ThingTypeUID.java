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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.ThingTypeUID} for compiling and testing the binding only:
 * {@code bindingId:thingTypeId}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ThingTypeUID extends UID {

    /**
     * Creates an empty UID (reflection only).
     */
    ThingTypeUID() {
        super();
    }

    /**
     * Parses {@code bindingId:thingTypeId}.
     *
     * @param uid the UID as string
     */
    public ThingTypeUID(String uid) {
        super(uid);
    }

    /**
     * Creates a thing type UID.
     *
     * @param bindingId the binding id
     * @param thingTypeId the thing type id
     */
    public ThingTypeUID(String bindingId, String thingTypeId) {
        super(bindingId, thingTypeId);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 2;
    }

    /**
     * Returns the thing type id.
     *
     * @return the thing type id
     */
    public String getId() {
        return getSegment(1);
    }
}
