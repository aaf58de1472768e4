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
package org.openhab.binding.bluetooth.evsemaster.internal.session;

import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The session's port to the Bluetooth link of one charger: the handler implements it over the openHAB Bluetooth API,
 * tests over a simulated charger. The session writes one datagram at a time: on one connection it calls {@link #write}
 * again only after the previous future has completed, so the link needs no queue of its own.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface EvseLink {

    /**
     * Writes one whole datagram to the charger's write characteristic.
     *
     * @param datagram the complete datagram bytes
     * @return completes when the write was accepted by the link, or fails if it could not be written
     */
    CompletableFuture<@Nullable Void> write(byte[] datagram);

    /**
     * Asks the link to disconnect. The owner of the link reconnects later and then calls the session's
     * {@code linkUp()} again.
     */
    void drop();
}
