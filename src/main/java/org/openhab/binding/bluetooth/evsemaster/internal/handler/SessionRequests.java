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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStartResult;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStopResult;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.SystemTime;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargeRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargerSettings;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandException;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandFailure;
import org.openhab.binding.bluetooth.evsemaster.internal.session.EvseSession;
import org.openhab.core.types.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link EvseHandler} asks of the session: channel commands (through {@link CommandMapper}) and rule actions.
 * Without a session every request fails as not logged in.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class SessionRequests {

    private final Logger logger = LoggerFactory.getLogger(SessionRequests.class);
    private final Supplier<@Nullable EvseSession> session;
    private final Clock clock;
    private volatile @Nullable ChargerSettings settings;

    SessionRequests(Supplier<@Nullable EvseSession> session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** The settings give the current limit that a relative command starts from. */
    void settingsChanged(@Nullable ChargerSettings newSettings) {
        settings = newSettings;
    }

    /**
     * Sends a channel command; a refused one calls {@code refused}, so that the channel shows its last state again.
     */
    void send(String channelId, Command command, Runnable refused) {
        EvseSession current = session.get();
        ChargerSettings known = settings;
        CompletableFuture<?> call = current == null ? null
                : CommandMapper.toSessionCall(current, channelId, command,
                        known == null ? null : known.outputCurrentAmperes());
        if (call == null) {
            logger.debug("Ignoring command {} on channel {}", command, channelId);
            return;
        }
        call.whenComplete((result, failure) -> {
            if (failure != null) {
                CommandException problem = CommandException.unwrap(failure);
                logger.debug("{} on channel {} refused: {}", command, channelId,
                        problem != null ? problem.getMessage() : failure.getMessage());
                refused.run();
            }
        });
    }

    /**
     * @param startAt a reservation up to 24 h ahead; null or not in the future: now
     * @param zone the user's time zone, in which device times are given
     */
    CompletableFuture<ChargeStartResult> startCharging(int amperes, @Nullable ZonedDateTime startAt,
            @Nullable Duration maxDuration, @Nullable BigDecimal maxEnergyKwh, ZoneId zone) {
        EvseSession current = session.get();
        if (current == null) {
            return notInitialized();
        }
        LocalDateTime reservation = startAt == null || !startAt.toInstant().isAfter(clock.instant()) ? null
                : startAt.withZoneSameInstant(zone).toLocalDateTime();
        return current.startCharging(new ChargeRequest(amperes, reservation, maxDuration, maxEnergyKwh, false));
    }

    CompletableFuture<ChargeStopResult> stopCharging() {
        EvseSession current = session.get();
        return current == null ? notInitialized() : current.stopCharging();
    }

    CompletableFuture<SystemTime> syncClock() {
        EvseSession current = session.get();
        return current == null ? notInitialized() : current.syncClock();
    }

    /**
     * Changes the charger PIN and, once the charger confirmed it, stores it.
     *
     * @param newPin exactly six digits
     * @param storePin stores the new PIN and tells whether it could
     */
    CompletableFuture<Boolean> changePin(String newPin, Predicate<String> storePin) {
        EvseSession current = session.get();
        if (current == null) {
            return notInitialized();
        }
        return current.changePin(newPin).thenApply(answer -> storePin.test(newPin));
    }

    private static <T> CompletableFuture<T> notInitialized() {
        return CompletableFuture
                .failedFuture(new CommandException(CommandFailure.NOT_LOGGED_IN, "the Thing is not initialized"));
    }
}
