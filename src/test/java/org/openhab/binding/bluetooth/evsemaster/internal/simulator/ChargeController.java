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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Charging sessions: start and stop requests (spec §4.8, §4.9, §6.8, §6.9), reservations, limits, the session end
 * and its 0x0009 record (§4.13), and the state bytes of the status messages (§6.2–6.4). While a session runs or is
 * reserved, a one-second tick checks the reservation time (on the device clock) and the limits. {@link ChargingState}
 * derives the status bytes and messages from it.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ChargeController {

    static final int STATE_FAULT = 1;
    static final int STATE_NOT_CONNECTED = 12;
    static final int STATE_READY = 13;
    static final int STATE_CHARGING = 14;
    static final int STATE_FINISHED = 15;
    static final int STATE_FULL = 17;
    static final int STATE_RESERVED = 20;

    static final int STOP_CANCELLED = 0;
    static final int STOP_NO_VEHICLE = 1;
    static final int STOP_APP = 11;
    static final int STOP_FULL = 13;
    static final int STOP_FEE = 14;
    static final int STOP_ENERGY = 15;
    static final int STOP_TIME = 16;
    static final int STOP_UNPLUGGED = 17;
    static final int STOP_MAX_TIME = 30;
    static final int STOP_MAX_ENERGY = 31;

    private static final long MAX_SESSION_SECONDS = 48 * 3600;
    private static final long MAX_SESSION_ENERGY = 40_000; // 400 kWh in 0.01 kWh
    private static final long MAX_RESERVATION_AHEAD = 24 * 3600;

    private final SimulatorConfig config;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final DeviceClock deviceClock;
    private final EvModel ev;
    private final DeviceSettings settings;
    private final Runnable recordReady;
    private @Nullable ChargeSession session;
    private @Nullable ChargeSession pendingRecord;
    private @Nullable Instant pauseUntil;
    private @Nullable ScheduledFuture<?> tick;
    private int stateAfterSession;

    ChargeController(SimulatorConfig config, ScheduledExecutorService scheduler, Clock clock, DeviceClock deviceClock,
            EvModel ev, Runnable recordReady) {
        this.config = config;
        this.scheduler = scheduler;
        this.clock = clock;
        this.deviceClock = deviceClock;
        this.ev = ev;
        this.recordReady = recordReady;
        this.settings = new DeviceSettings(config, deviceClock, this::outputCurrentChanged);
        ev.setListener(new EvModel.Listener() {
            @Override
            public void plugChanged(boolean plugged) {
                onPlugChanged(plugged);
            }

            @Override
            public void batteryFull() {
                onBatteryFull();
            }

            @Override
            public void errorsChanged(long errorMask) {
                onErrorsChanged(errorMask);
            }
        });
    }

    DeviceSettings settings() {
        return settings;
    }

    /**
     * Handles 0x8007; answered with 0x0007 {@code [line, reservation result, start result, error, amps]}.
     */
    byte[] start(PayloadReader request, Tolerance tolerance) throws InvalidRequest {
        request.require(47, 47);
        int line = request.u8(0);
        int amps = request.u8(46);
        if (amps < 6 || amps > config.ratedCurrent()) {
            tolerance.note("charge current " + amps + " A outside 6.." + config.ratedCurrent() + " A, clamped");
            amps = Math.max(6, Math.min(config.ratedCurrent(), amps));
        }
        checkStartFields(request, tolerance);
        boolean reservation = request.u8(33) != 0;
        ChargeSession current = session;
        if (line != 1 && line != 2) {
            tolerance.note("line id " + line + " is neither 1 nor 2");
            return startAnswer(line, 0, 2, amps);
        } else if (current != null && current.isCharging()) {
            return startAnswer(line, reservation ? 7 : 0, 3, amps);
        } else if (current != null && current.isReserved()) {
            return startAnswer(line, 6, 20, amps);
        } else if (ev.errorMask() != 0) {
            return startAnswer(line, 0, 2, amps);
        } else if (!ev.isPluggedIn()) {
            return startAnswer(line, 0, 1, amps);
        }
        ChargeSession next = new ChargeSession(request, amps, phasesFor(line, request.u8(39)));
        if (!reservation) {
            begin(next);
            return startAnswer(line, 0, 0, amps);
        }
        long now = deviceClock.now();
        if (next.reservationTime > now + MAX_RESERVATION_AHEAD) {
            return startAnswer(line, 3, 0, amps);
        }
        session = next;
        stateAfterSession = 0;
        if (next.reservationTime <= now) {
            begin(next);
            return startAnswer(line, 4, 0, amps);
        }
        ensureTick();
        return startAnswer(line, 1, 0, amps);
    }

    private static void checkStartFields(PayloadReader request, Tolerance tolerance) {
        if (request.u8(33) > 1) {
            tolerance.note("reservation flag " + request.u8(33) + " is neither 0 nor 1");
        }
        if (!request.isPrintableAscii(17, 16) || request.ascii(17, 16).isBlank()) {
            tolerance.note("charge id is empty or not printable ASCII");
        }
        if (!request.isPrintableAscii(1, 16)) {
            tolerance.note("user id is not printable ASCII");
        }
        if (request.u16(44) != ChargeSession.NO_LIMIT) {
            tolerance.note("limit 3 is not ffff: the session stops as soon as its price reaches it");
        }
    }

    private static byte[] startAnswer(int line, int reservationResult, int error, int amps) {
        int started = error == 0 && reservationResult != 3 ? 1 : 0;
        return new PayloadWriter(5).u8(line).u8(reservationResult).u8(started).u8(error).u8(amps).toArray();
    }

    /**
     * Forced single phase (EM4GO): line 1 with charge type 11 on device types 22–25; otherwise every phase.
     */
    private int phasesFor(int line, int chargeType) {
        int type = config.deviceType();
        boolean canForceSinglePhase = type >= 22 && type <= 25;
        return canForceSinglePhase && line == 1 && chargeType == 11 ? 1 : config.phases();
    }

    private void begin(ChargeSession next) {
        session = next;
        stateAfterSession = 0;
        next.startInstant = clock.instant();
        next.startTime = deviceClock.now();
        next.counterAtStart = ev.energyCounter();
        pauseUntil = null;
        ev.supply(next.maxCurrent, next.phases);
        ensureTick();
    }

    /**
     * Handles 0x8008; answered with 0x0008 {@code [line, 1, 0]} if a session or reservation ended, else
     * {@code [line, 0, 1]}.
     */
    byte[] stop(PayloadReader request) throws InvalidRequest {
        request.require(47, 17);
        int line = request.u8(0);
        ChargeSession current = session;
        if (current == null || current.ended) {
            return new PayloadWriter(3).u8(line).u8(0).u8(1).toArray();
        }
        end(current.isCharging() ? STOP_APP : STOP_CANCELLED, request.ascii(1, 16));
        return new PayloadWriter(3).u8(line).u8(1).u8(0).toArray();
    }

    /**
     * Handles 0x8009 {@code [line, charge id (16), status]}: stops the repetition of the matching record.
     */
    void acknowledge(PayloadReader request) throws InvalidRequest {
        request.require(17, 18);
        ChargeSession record = pendingRecord;
        String chargeId = request.ascii(1, 16);
        if (record == null || !record.chargeId.equals(chargeId)) {
            throw new InvalidRequest("acknowledges charge id '" + chargeId + "' but no such record is pending");
        }
        pendingRecord = null;
    }

    /**
     * The charger lost power: a running session or reservation ends like in capture C29 (stop reason ff, stop text
     * "Power Down"); after the restart a plugged-in car is just "ready" (13).
     */
    void powerLoss() {
        ChargeSession current = session;
        if (current != null && !current.ended) {
            end(ChargeSession.STOP_REASON_NOT_SET, "Power Down");
        }
        stateAfterSession = 0;
    }

    private void end(int reason, String endUserId) {
        ChargeSession current = session;
        if (current == null || current.ended) {
            return;
        }
        ev.update();
        boolean started = current.isCharging();
        if (started) {
            current.counterAtStop = ev.energyCounter();
            current.chargedSeconds = elapsedSeconds(current);
        }
        current.stopTime = deviceClock.now();
        current.stopReason = reason;
        current.endUserId = endUserId;
        current.ended = true;
        ev.supplyOff();
        pauseUntil = null;
        stateAfterSession = !started ? 0 : reason == STOP_FULL ? STATE_FULL : STATE_FINISHED;
        cancelTick();
        pendingRecord = current;
        recordReady.run();
    }

    long elapsedSeconds(ChargeSession current) {
        Instant started = current.startInstant;
        return started == null ? 0 : Duration.between(started, clock.instant()).toSeconds();
    }

    private void outputCurrentChanged(int amps) {
        ChargeSession current = session;
        if (current != null && current.isCharging()) {
            current.maxCurrent = amps;
            ev.supplyOff();
            pauseUntil = clock.instant().plus(config.timing().currentChangePause());
        }
    }

    private void ensureTick() {
        if (tick == null) {
            tick = scheduler.scheduleWithFixedDelay(this::onTick, 1, 1, TimeUnit.SECONDS);
        }
    }

    private void cancelTick() {
        ScheduledFuture<?> running = tick;
        if (running != null) {
            running.cancel(false);
            tick = null;
        }
    }

    private void onTick() {
        ChargeSession current = session;
        if (current == null || current.ended) {
            cancelTick();
        } else if (current.isReserved()) {
            if (deviceClock.now() >= current.reservationTime) {
                if (ev.isPluggedIn() && ev.errorMask() == 0) {
                    begin(current);
                } else {
                    end(STOP_NO_VEHICLE, "");
                }
            }
        } else {
            Instant resume = pauseUntil;
            if (resume != null && !clock.instant().isBefore(resume)) {
                pauseUntil = null;
                ev.supply(current.maxCurrent, current.phases);
            }
            checkLimits(current);
        }
    }

    private void checkLimits(ChargeSession current) {
        long seconds = elapsedSeconds(current);
        long energy = current.energy(ev.energyCounter());
        if (current.limitMinutes != ChargeSession.NO_LIMIT && seconds >= current.limitMinutes * 60L) {
            end(STOP_TIME, "");
        } else if (current.limitEnergy != ChargeSession.NO_LIMIT && energy >= current.limitEnergy) {
            end(STOP_ENERGY, "");
        } else if (current.limitFee != ChargeSession.NO_LIMIT && energy * settings.fee() / 100 >= current.limitFee) {
            end(STOP_FEE, "");
        } else if (seconds >= MAX_SESSION_SECONDS) {
            end(STOP_MAX_TIME, "");
        } else if (energy >= MAX_SESSION_ENERGY) {
            end(STOP_MAX_ENERGY, "");
        }
    }

    private void onPlugChanged(boolean plugged) {
        stateAfterSession = 0;
        ChargeSession current = session;
        if (!plugged && current != null && current.isCharging()) {
            end(STOP_UNPLUGGED, "");
            stateAfterSession = 0;
        }
    }

    private void onBatteryFull() {
        ChargeSession current = session;
        if (current != null && current.isCharging()) {
            end(STOP_FULL, "");
        }
    }

    private void onErrorsChanged(long errorMask) {
        ChargeSession current = session;
        if (errorMask != 0 && current != null && current.isCharging()) {
            end(stopReasonFor(errorMask), "");
        }
    }

    /**
     * Stop reason of a fault (spec §6.10) for the first error code in app order (§6.6); ff for faults without one.
     */
    private static int stopReasonFor(long errorMask) {
        int firstCode = Long.numberOfLeadingZeros(errorMask) - 32;
        return switch (firstCode) {
            case 6 -> 23;
            case 7 -> 21;
            case 8 -> 22;
            case 11 -> 20;
            case 12 -> 19;
            default -> ChargeSession.STOP_REASON_NOT_SET;
        };
    }

    @Nullable
    ChargeSession session() {
        return session;
    }

    /**
     * @return 15 or 17 while the car stays plugged in after a session that ran, else 0
     */
    int stateAfterSession() {
        return stateAfterSession;
    }

    /**
     * @return the 0x0009 payload of the unacknowledged record, or null
     */
    byte @Nullable [] pendingRecord() {
        ChargeSession record = pendingRecord;
        return record == null ? null : Reports.record(record, settings.feeType(), settings.fee());
    }

    @Nullable
    String pendingRecordChargeId() {
        ChargeSession record = pendingRecord;
        return record == null ? null : record.chargeId;
    }
}
