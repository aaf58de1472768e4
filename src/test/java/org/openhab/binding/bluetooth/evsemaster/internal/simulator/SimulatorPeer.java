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
package org.openhab.binding.bluetooth.evsemaster.internal.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The client side of the simulated BLE link, as the charger sees it.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface SimulatorPeer {

    /** A peer that discards everything, used until a real one is attached. */
    SimulatorPeer NONE = new SimulatorPeer() {
        @Override
        public void notify(byte[] notification) {
        }

        @Override
        public void dropLink() {
        }
    };

    /**
     * One BLE notification on the notify characteristic: a slice of the charger's byte stream (spec §1.5).
     */
    void notify(byte[] notification);

    /**
     * The charger disconnects (after a rename, a power cycle or an injected fault). The charger has already
     * forgotten the link when this is called; the peer must not call {@code clientDisconnected()} in return, although
     * doing so is harmless.
     */
    void dropLink();
}
