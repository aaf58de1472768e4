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
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.ThingUID} for compiling and testing the binding only:
 * {@code bindingId:thingTypeId[:bridgeId...]:id}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ThingUID extends UID {

    private static final String NO_THING_TYPE = "";

    /**
     * Creates an empty UID (reflection only).
     */
    ThingUID() {
        super();
    }

    /**
     * Creates a thing UID without bridge.
     *
     * @param thingTypeUID the thing type
     * @param id the thing id
     */
    public ThingUID(ThingTypeUID thingTypeUID, String id) {
        super(thingTypeUID.getBindingId(), thingTypeUID.getId(), id);
    }

    /**
     * Creates a thing UID below a bridge.
     *
     * @param thingTypeUID the thing type
     * @param bridgeUID the bridge the thing is accessed through
     * @param id the thing id
     */
    public ThingUID(ThingTypeUID thingTypeUID, ThingUID bridgeUID, String id) {
        super(segments(thingTypeUID.getBindingId(), thingTypeUID.getId(), id, bridgeIdsOf(bridgeUID)));
    }

    /**
     * Creates a thing UID below the given bridge ids.
     *
     * @param thingTypeUID the thing type
     * @param id the thing id
     * @param bridgeIds the ids of the bridges
     */
    public ThingUID(ThingTypeUID thingTypeUID, String id, String... bridgeIds) {
        super(segments(thingTypeUID.getBindingId(), thingTypeUID.getId(), id, List.of(bridgeIds)));
    }

    /**
     * Creates a thing UID without thing type.
     *
     * @param bindingId the binding id
     * @param id the thing id
     */
    public ThingUID(String bindingId, String id) {
        super(bindingId, NO_THING_TYPE, id);
    }

    /**
     * Creates a thing UID without thing type below a bridge.
     *
     * @param bindingId the binding id
     * @param bridgeUID the bridge the thing is accessed through
     * @param id the thing id
     */
    public ThingUID(String bindingId, ThingUID bridgeUID, String id) {
        super(segments(bindingId, NO_THING_TYPE, id, bridgeIdsOf(bridgeUID)));
    }

    /**
     * Creates a thing UID.
     *
     * @param bindingId the binding id
     * @param thingTypeId the thing type id
     * @param id the thing id
     */
    public ThingUID(String bindingId, String thingTypeId, String id) {
        super(bindingId, thingTypeId, id);
    }

    /**
     * Parses a thing UID.
     *
     * @param thingUID the UID as string
     */
    public ThingUID(String thingUID) {
        super(thingUID);
    }

    /**
     * Creates a thing UID from its segments.
     *
     * @param segments the segments
     */
    public ThingUID(String... segments) {
        super(segments);
    }

    private static List<String> bridgeIdsOf(ThingUID bridgeUID) {
        List<String> ids = new ArrayList<>(bridgeUID.getBridgeIds());
        ids.add(bridgeUID.getId());
        return ids;
    }

    private static List<String> segments(String bindingId, String thingTypeId, String id, List<String> bridgeIds) {
        List<String> result = new ArrayList<>();
        result.add(bindingId);
        result.add(thingTypeId);
        result.addAll(bridgeIds);
        result.add(id);
        return result;
    }

    /**
     * Returns the ids of the bridges, outermost first.
     *
     * @return the bridge ids
     */
    public List<String> getBridgeIds() {
        List<String> all = getAllSegments();
        return all.subList(2, all.size() - 1);
    }

    /**
     * Returns the thing id (last segment).
     *
     * @return the thing id
     */
    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 3;
    }
}
