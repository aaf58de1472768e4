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
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Counts what clients ask a {@link SimulatedBluetoothDevice} for, whether it succeeds or not, and lets a test wait in
 * real time until a count is reached: a handler's own threads call the device outside virtual time.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class RequestLog {

    /**
     * The operations that are counted.
     */
    public enum Request {
        CONNECT,
        DISCONNECT,
        SUBSCRIBE,
        WRITE
    }

    private final Map<Request, Integer> counts = new EnumMap<>(Request.class);

    synchronized void add(Request request) {
        counts.merge(request, 1, Integer::sum);
        notifyAll();
    }

    /**
     * @return how often the operation was asked for so far
     */
    public synchronized int count(Request request) {
        return counts.getOrDefault(request, 0);
    }

    /**
     * Waits in real time until the operation has been asked for at least {@code count} times in total.
     *
     * @return whether that happened within the timeout
     */
    public synchronized boolean await(Request request, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (count(request) < count) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
