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
package org.openhab.binding.bluetooth.evsemaster.internal.homeassistant;

import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The timer of the complete refresh that answers Home Assistant's birth message after a random delay
 * ({@link HaMirror#BIRTH_DELAY_MIN} plus up to {@link HaMirror#BIRTH_DELAY_SPREAD}). Not thread-safe: the mirror
 * calls it under its own lock.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class BirthRefresh {

    private final ScheduledExecutorService scheduler;
    private final Random random;
    private final Runnable refresh;
    private @Nullable ScheduledFuture<?> pending;

    /**
     * @param refresh the refresh to run once the delay is over
     */
    BirthRefresh(ScheduledExecutorService scheduler, Random random, Runnable refresh) {
        this.scheduler = scheduler;
        this.random = random;
        this.refresh = refresh;
    }

    /**
     * Schedules the refresh anew, replacing a pending one.
     */
    void schedule() {
        cancel();
        long delayMillis = HaMirror.BIRTH_DELAY_MIN.toMillis()
                + random.nextInt((int) HaMirror.BIRTH_DELAY_SPREAD.toMillis() + 1);
        pending = scheduler.schedule(refresh, delayMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Forgets the pending refresh without cancelling it: a refresh is running.
     */
    void forget() {
        pending = null;
    }

    void cancel() {
        ScheduledFuture<?> current = pending;
        if (current != null) {
            current.cancel(false);
            pending = null;
        }
    }
}
