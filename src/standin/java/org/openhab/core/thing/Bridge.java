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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.binding.BridgeHandler;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.Bridge} for compiling and testing the binding only: a thing
 * that gives access to other things.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface Bridge extends Thing {

    @Nullable
    Thing getThing(ThingUID thingUID);

    List<Thing> getThings();

    @Override
    @Nullable
    BridgeHandler getHandler();
}
