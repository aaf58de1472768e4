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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.internal.BridgeImpl} for compiling and testing the binding
 * only: the mutable {@link Bridge} that {@code BridgeBuilder} creates.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class BridgeImpl extends ThingImpl implements Bridge {

    private final transient Logger logger = LoggerFactory.getLogger(BridgeImpl.class);

    private transient List<Thing> things = new CopyOnWriteArrayList<>();

    /**
     * Creates an empty bridge (reflection only).
     */
    BridgeImpl() {
    }

    /**
     * Creates a bridge without parent bridge.
     *
     * @param thingTypeUID the thing type
     * @param bridgeId the bridge id
     */
    public BridgeImpl(ThingTypeUID thingTypeUID, String bridgeId) {
        super(thingTypeUID, bridgeId);
    }

    /**
     * Creates a bridge.
     *
     * @param thingTypeUID the thing type
     * @param thingUID the bridge UID
     * @throws IllegalArgumentException never, declared like openHAB
     */
    public BridgeImpl(ThingTypeUID thingTypeUID, ThingUID thingUID) throws IllegalArgumentException {
        super(thingTypeUID, thingUID);
    }

    public void addThing(Thing thing) {
        things.add(thing);
    }

    public void removeThing(Thing thing) {
        things.remove(thing);
    }

    @Override
    public @Nullable Thing getThing(ThingUID thingUID) {
        for (Thing thing : things) {
            if (thing.getUID().equals(thingUID)) {
                return thing;
            }
        }
        return null;
    }

    @Override
    public List<Thing> getThings() {
        return List.copyOf(things);
    }

    @Override
    public @Nullable BridgeHandler getHandler() {
        ThingHandler thingHandler = super.getHandler();
        if (thingHandler instanceof BridgeHandler bridgeHandler) {
            return bridgeHandler;
        }
        if (thingHandler != null) {
            logger.warn("Handler of bridge '{}' must implement BridgeHandler interface.", getUID());
        }
        return null;
    }
}
