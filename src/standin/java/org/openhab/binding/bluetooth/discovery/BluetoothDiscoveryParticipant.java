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
package org.openhab.binding.bluetooth.discovery;

import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.BluetoothAdapter;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.discovery.BluetoothDiscoveryParticipant} (compile/test
 * only, never shipped): a service the Bluetooth discovery service asks to turn discovered devices into results.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface BluetoothDiscoveryParticipant {

    Set<ThingTypeUID> getSupportedThingTypeUIDs();

    /** @return a result for a supported device, or null */
    @Nullable
    DiscoveryResult createResult(BluetoothDiscoveryDevice device);

    /** @return the thing UID for a supported device, or null */
    @Nullable
    ThingUID getThingUID(BluetoothDiscoveryDevice device);

    /**
     * @return true if the device might match but a connection is needed to decide (default false)
     */
    default boolean requiresConnection(BluetoothDiscoveryDevice device) {
        return false;
    }

    /**
     * Post-processes a result and may publish additional ones through {@code publisher} (default: nothing).
     */
    default void publishAdditionalResults(DiscoveryResult result,
            BiConsumer<BluetoothAdapter, DiscoveryResult> publisher) {
    }

    /** @return evaluation order, lower first (default 0) */
    default int order() {
        return 0;
    }
}
