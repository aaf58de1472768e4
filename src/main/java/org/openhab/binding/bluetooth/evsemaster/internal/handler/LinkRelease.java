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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases the link to the charger for a while, so that the vendor app can connect (the charger accepts one
 * Bluetooth client): stops the Bluetooth base class, shows the end of the release in the Thing status and starts
 * the base class again when it is over.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class LinkRelease {

    private static final DateTimeFormatter RELEASE_END = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Logger logger = LoggerFactory.getLogger(LinkRelease.class);
    private final ScheduledExecutorService timerScheduler;
    private final Clock clock;
    private final Object lifecycle;
    private final StatusPolicy status;
    private final BooleanSupplier initialized;
    private final Runnable startBluetooth;
    private final Runnable stopBluetooth;
    private volatile @Nullable Instant releasedUntil;
    private volatile @Nullable ScheduledFuture<?> releaseEnd;
    private volatile @Nullable Object releasedAddress;

    /**
     * @param lifecycle guards starting and stopping the base class
     * @param initialized whether the handler is initialized, so that it may reconnect
     * @param startBluetooth starts the Bluetooth base class
     * @param stopBluetooth stops the base class's reconnect job and disconnects
     */
    LinkRelease(ScheduledExecutorService timerScheduler, Clock clock, Object lifecycle, StatusPolicy status,
            BooleanSupplier initialized, Runnable startBluetooth, Runnable stopBluetooth) {
        this.timerScheduler = timerScheduler;
        this.clock = clock;
        this.lifecycle = lifecycle;
        this.status = status;
        this.initialized = initialized;
        this.startBluetooth = startBluetooth;
        this.stopBluetooth = stopBluetooth;
    }

    boolean active() {
        return releasedUntil != null;
    }

    /**
     * A new release replaces a running one.
     *
     * @param dropLink tells the session that the link is gone, before the base class stops
     * @return the end of the release
     */
    ZonedDateTime release(Duration duration, ZoneId zone, @Nullable Object address, Runnable dropLink) {
        Instant until = clock.instant().plus(duration);
        synchronized (lifecycle) {
            cancel();
            releasedUntil = until;
            releasedAddress = address;
            // the session stops its timers first, so that none of them asks the stopped base class to disconnect
            dropLink.run();
            releaseEnd = timerScheduler.schedule(() -> end(), duration.toMillis(), TimeUnit.MILLISECONDS);
            stopBluetooth.run();
        }
        ZonedDateTime end = until.atZone(zone);
        logger.debug("Link to {} released until {}", address, end);
        status.linkReleased(RELEASE_END.format(end));
        return end;
    }

    void cancel() {
        ScheduledFuture<?> pending = releaseEnd;
        if (pending != null) {
            pending.cancel(false);
        }
        releaseEnd = null;
        releasedUntil = null;
    }

    private void end() {
        synchronized (lifecycle) {
            if (releasedUntil == null || !initialized.getAsBoolean()) {
                return;
            }
            releasedUntil = null;
            releaseEnd = null;
            logger.debug("Link release of {} ended, reconnecting", releasedAddress);
            startBluetooth.run();
        }
    }
}
