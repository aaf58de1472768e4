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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Bounds relay cycles (spec §5.4): a start is allowed only when the previous start or stop sent by the session lies
 * at least the guard interval back. Stops are never held back, but they count.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class RelayGuard {

    private final Duration interval;
    private final Clock clock;
    private @Nullable Instant lastSwitch;

    RelayGuard(Duration interval, Clock clock) {
        this.interval = interval;
        this.clock = clock;
    }

    /**
     * @return how long a start must still wait, zero if it may go now
     */
    Duration remaining() {
        Instant last = lastSwitch;
        if (last == null) {
            return Duration.ZERO;
        }
        Duration left = interval.minus(Duration.between(last, clock.instant()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * A start or stop is being sent now.
     */
    void switched() {
        lastSwitch = clock.instant();
    }
}
