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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How the simulated radio link of a {@link SimulatedBluetoothDevice} behaves: delays in virtual time and switches
 * for the situations a handler has to survive. Fluent like the simulator's config: each setter takes the value and
 * returns this, the getter of the same name has no argument. Read whenever needed, so a test may change it between
 * steps. Defaults: connects in 2 s (real connects take 2–6 s, spec §1.1), services resolve 0.5 s later, a refused
 * attempt fails after 10 s, writes and subscriptions take 20 ms, notifications and disconnections reach the
 * listeners after 10 ms, at most 512 bytes per write.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class RadioSettings {

    private volatile Duration connectDelay = Duration.ofSeconds(2);
    private volatile Duration connectTimeout = Duration.ofSeconds(10);
    private volatile Duration discoveryDelay = Duration.ofMillis(500);
    private volatile Duration operationDelay = Duration.ofMillis(20);
    private volatile Duration eventDelay = Duration.ofMillis(10);
    private volatile int maxWriteLength = 512;
    private volatile boolean refuseConnections;
    private volatile boolean servicesEventOnReconnect = true;

    public RadioSettings connectDelay(Duration value) {
        connectDelay = value;
        return this;
    }

    public Duration connectDelay() {
        return connectDelay;
    }

    /**
     * @param value how long after {@code connect()} a refused attempt is reported as DISCONNECTED
     */
    public RadioSettings connectTimeout(Duration value) {
        connectTimeout = value;
        return this;
    }

    public Duration connectTimeout() {
        return connectTimeout.compareTo(connectDelay) < 0 ? connectDelay : connectTimeout;
    }

    /**
     * @param value time from CONNECTED to SERVICES_DISCOVERED
     */
    public RadioSettings discoveryDelay(Duration value) {
        discoveryDelay = value;
        return this;
    }

    public Duration discoveryDelay() {
        return discoveryDelay;
    }

    /**
     * @param value how long a write or a subscription takes to reach the charger and complete
     */
    public RadioSettings operationDelay(Duration value) {
        operationDelay = value;
        return this;
    }

    public Duration operationDelay() {
        return operationDelay;
    }

    /**
     * @param value how long notifications and disconnections take to reach the listeners
     */
    public RadioSettings eventDelay(Duration value) {
        eventDelay = value;
        return this;
    }

    public Duration eventDelay() {
        return eventDelay;
    }

    /**
     * @param value the largest value one write may carry (ATT MTU − 3)
     */
    public RadioSettings maxWriteLength(int value) {
        maxWriteLength = value;
        return this;
    }

    public int maxWriteLength() {
        return maxWriteLength;
    }

    /**
     * @param value whether connection attempts fail, as while the phone app holds the charger's only link (§1.1)
     */
    public RadioSettings refuseConnections(boolean value) {
        refuseConnections = value;
        return this;
    }

    public boolean refuseConnections() {
        return refuseConnections;
    }

    /**
     * @param value false: SERVICES_DISCOVERED only on the first connection, not on reconnects, as BlueZ did in
     *            openHAB issue #20947
     */
    public RadioSettings servicesEventOnReconnect(boolean value) {
        servicesEventOnReconnect = value;
        return this;
    }

    public boolean servicesEventOnReconnect() {
        return servicesEventOnReconnect;
    }
}
