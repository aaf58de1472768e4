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
package org.openhab.binding.bluetooth.evsemaster.internal.handler;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.BluetoothDevice;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.binding.bluetooth.evsemaster.internal.session.EvseSession;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionState;
import org.openhab.core.thing.ThingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the session of the Bluetooth link of {@link EvseHandler}: picks the board revision and (re-)enables
 * notifications on every connection and every service discovery, as either may be the only event of a reconnect.
 * The session hears of the link once per connection, before the subscription, so that nothing the charger sends
 * right after it is lost.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class LinkArming {

    private final Logger logger = LoggerFactory.getLogger(LinkArming.class);
    private final GattLink link;
    private final StatusPolicy status;
    private final AtomicBoolean armed = new AtomicBoolean();

    LinkArming(GattLink link, StatusPolicy status) {
        this.link = link;
        this.status = status;
    }

    /** The next connection is a new one for the session. */
    void reset() {
        armed.set(false);
    }

    /**
     * @param address names the charger in the log
     */
    void arm(EvseSession session, BluetoothDevice device, @Nullable Object address) {
        GattProfile profile = link.select(device.getServices());
        if (profile == null) {
            logger.debug("{} offers none of the known GATT layouts", address);
            status.unsupportedGatt();
            return;
        }
        if (armed.compareAndSet(false, true)) {
            logger.debug("Connected to {}, GATT layout {}", address, profile);
            session.linkUp();
        }
        link.enableNotifications().whenComplete((ignored, failure) -> {
            if (failure != null) {
                logger.debug("Enabling notifications of {} failed: {}", address, failure.getMessage());
            }
        });
    }

    /**
     * @param thingStatus the Thing status once the session heard of the loss
     */
    void lost(EvseSession session, Supplier<ThingStatus> thingStatus) {
        reset();
        boolean wasLinked = session.state().isLinked();
        session.linkDown();
        if (!wasLinked && session.state() == SessionState.DISCONNECTED && thingStatus.get() != ThingStatus.OFFLINE) {
            // a connection attempt failed; the session did not use the link, so it reports nothing
            status.connectionFailed();
        }
    }
}
