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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeLimits;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStart;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStartResult;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStop;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStopResult;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginInfo;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OutputCurrent;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OutputState;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.PhaseMode;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.StartType;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.StatusRecordRequest;

/**
 * Starting and stopping (spec §4.8, §4.9) and the output current (§4.10): validates against the charger's login
 * description, applies the relay guard, sets the clock before a start as the app does, and turns the charger's answer
 * into success or a {@link CommandFailure#REFUSED} with its reason codes. With restart on current change, a new
 * current during a running session stops the session, waits until the output is idle, and starts it again.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ChargingControl {

    /** The user id of every start and stop: shown in the app's charge history. */
    static final String USER_ID = "openHAB";
    static final int MIN_AMPERES = OutputCurrent.MIN_AMPERES;
    static final Duration MAX_RESERVATION_AHEAD = Duration.ofHours(24);
    /** How long a restart waits for the output to switch off after the stop. */
    static final Duration IDLE_WAIT = Duration.ofSeconds(60);
    /** Pause between "output idle" and the new start (spec §4.8: EVM forks wait 3 s). */
    static final Duration RESTART_PAUSE = Duration.ofSeconds(3);
    private static final int CHARGE_ID_SUFFIXES = 10_000;
    private static final int FIRST_SINGLE_PHASE_CAPABLE_TYPE = 22;
    private static final int LAST_SINGLE_PHASE_CAPABLE_TYPE = 25;

    private final SessionConfig config;
    private final PendingRequests requests;
    private final ChargerModel model;
    private final ClockPolicy clockPolicy;
    private final RelayGuard guard;
    private final SessionTimers timers;
    private final SessionListener listener;
    private final RandomGenerator random;
    private final List<CompletableFuture<@Nullable Void>> idleWaiters = new ArrayList<>();
    private int lastStartLine;

    ChargingControl(SessionConfig config, PendingRequests requests, ChargerModel model, ClockPolicy clockPolicy,
            RelayGuard guard, SessionTimers timers, SessionListener listener, RandomGenerator random) {
        this.config = config;
        this.requests = requests;
        this.model = model;
        this.clockPolicy = clockPolicy;
        this.guard = guard;
        this.timers = timers;
        this.listener = listener;
        this.random = random;
    }

    CompletableFuture<ChargeStartResult> start(ChargeRequest request) {
        return start(request, true);
    }

    CompletableFuture<ChargeStopResult> stop() {
        guard.switched();
        return requests.submit(new ChargeStop(stopLine(), USER_ID), ChargeStopResult.class)
                .thenCompose(this::checkStop);
    }

    /**
     * @return the line id of the session's last start, else the charger's default line (spec §9 D16)
     */
    private int stopLine() {
        if (lastStartLine != 0) {
            return lastStartLine;
        }
        LoginInfo info = model.loginInfo();
        return PhaseMode.forPhases(info == null ? 1 : info.phases()).lineId();
    }

    CompletableFuture<OutputCurrent> setOutputCurrent(int amps) {
        OutputCurrent request;
        try {
            checkAmps(amps);
            request = OutputCurrent.set(amps);
        } catch (CommandException e) {
            return CompletableFuture.failedFuture(e);
        } catch (IllegalArgumentException e) {
            return CommandException.failed(CommandFailure.INVALID_ARGUMENT, Objects.toString(e.getMessage()));
        }
        CompletableFuture<OutputCurrent> set = requests.submit(request, OutputCurrent.class)
                .thenCompose(answer -> answer.amperes() == amps ? CompletableFuture.completedFuture(answer)
                        : CommandException.failed(CommandFailure.REFUSED,
                                "the charger kept its output current of " + answer.amperes() + " A", answer.amperes()));
        if (!config.restartOnCurrentChange()) {
            return set;
        }
        return set.thenCompose(answer -> model.isCharging() ? restart(amps).thenApply(started -> answer)
                : CompletableFuture.completedFuture(answer));
    }

    /**
     * A status arrived: a restart waiting for the output to switch off may go on.
     */
    void onStatus(AcStatus status) {
        if (status.outputState() != OutputState.CHARGING && !idleWaiters.isEmpty()) {
            List<CompletableFuture<@Nullable Void>> waiting = List.copyOf(idleWaiters);
            idleWaiters.clear();
            waiting.forEach(idle -> idle.complete(null));
        }
    }

    /**
     * The session left the logged-in state: restarts waiting for the idle output fail.
     */
    void failWaiting(String reason) {
        List<CompletableFuture<@Nullable Void>> waiting = List.copyOf(idleWaiters);
        idleWaiters.clear();
        waiting.forEach(idle -> idle.completeExceptionally(new CommandException(CommandFailure.LINK_LOST, reason)));
    }

    /**
     * @param guarded false for the start of a restart, whose stop was already checked against the guard
     */
    private CompletableFuture<ChargeStartResult> start(ChargeRequest request, boolean guarded) {
        ChargeStart start;
        try {
            start = buildStart(request);
        } catch (CommandException e) {
            return CompletableFuture.failedFuture(e);
        }
        Duration remaining = guard.remaining();
        if (guarded && !remaining.isZero()) {
            return CompletableFuture.failedFuture(CommandException.relayGuard(
                    "start held back by the relay guard for another " + remaining.toSeconds() + " s", remaining));
        }
        if (config.clockSync()) {
            clockPolicy.setNow();
        }
        guard.switched();
        lastStartLine = start.lineId();
        return requests.submit(start, ChargeStartResult.class).thenCompose(this::checkStart);
    }

    private ChargeStart buildStart(ChargeRequest request) throws CommandException {
        LoginInfo info = checkAmps(request.amps());
        LocalDateTime now = clockPolicy.wallClockNow();
        LocalDateTime startAt = request.startAt();
        if (startAt != null && startAt.isAfter(now.plus(MAX_RESERVATION_AHEAD))) {
            throw invalid("a reservation may be at most 24 h ahead: " + startAt);
        }
        Duration maxDuration = request.maxDuration();
        BigDecimal maxEnergy = request.maxEnergyKwh();
        if (maxDuration != null && (maxDuration.isNegative() || maxDuration.isZero())
                || maxEnergy != null && maxEnergy.signum() <= 0) {
            throw invalid("limits must be positive");
        }
        PhaseMode mode = phaseMode(request, info);
        try {
            return new ChargeStart(mode.lineId(), USER_ID,
                    ChargeStart.chargeId(now, random.nextInt(CHARGE_ID_SUFFIXES)), startAt != null,
                    startAt != null ? startAt : now, StartType.APP.code(), mode.chargeType().code(),
                    ChargeLimits.of(maxDuration, maxEnergy), request.amps());
        } catch (IllegalArgumentException e) {
            throw invalid(Objects.toString(e.getMessage()));
        }
    }

    private PhaseMode phaseMode(ChargeRequest request, LoginInfo info) throws CommandException {
        if (!request.singlePhase() || info.phases() == 1) {
            return PhaseMode.forPhases(info.phases());
        }
        int type = info.deviceType();
        if (type < FIRST_SINGLE_PHASE_CAPABLE_TYPE || type > LAST_SINGLE_PHASE_CAPABLE_TYPE) {
            throw invalid("device type " + type + " cannot be forced to charge on one phase");
        }
        return PhaseMode.FORCED_SINGLE_PHASE;
    }

    private LoginInfo checkAmps(int amps) throws CommandException {
        LoginInfo info = model.loginInfo();
        if (info == null) {
            throw new CommandException(CommandFailure.NOT_LOGGED_IN, "charger not known yet");
        }
        if (amps < MIN_AMPERES || amps > info.ratedCurrentAmperes()) {
            throw invalid("current must be " + MIN_AMPERES + ".." + info.ratedCurrentAmperes() + " A: " + amps);
        }
        return info;
    }

    private CompletableFuture<ChargeStartResult> restart(int amps) {
        Duration remaining = guard.remaining();
        if (!remaining.isZero()) {
            return CompletableFuture.failedFuture(CommandException.relayGuard("current stored; the restart that "
                    + "applies it is held back by the relay guard for another " + remaining.toSeconds() + " s",
                    remaining));
        }
        return stop().thenCompose(stopped -> waitForIdle()).thenCompose(idle -> timers.delay(RESTART_PAUSE))
                .thenCompose(paused -> start(ChargeRequest.now(amps), false));
    }

    private CompletableFuture<@Nullable Void> waitForIdle() {
        CompletableFuture<@Nullable Void> idle = new CompletableFuture<>();
        idleWaiters.add(idle);
        requests.submitInternal(new StatusRecordRequest());
        timers.schedule(IDLE_WAIT, () -> {
            if (idleWaiters.remove(idle)) {
                idle.completeExceptionally(new CommandException(CommandFailure.TIMEOUT,
                        "output still on " + IDLE_WAIT.toSeconds() + " s after the stop"));
            }
        });
        return idle;
    }

    private CompletableFuture<ChargeStartResult> checkStart(ChargeStartResult result) {
        boolean success = result.isSuccess();
        String message = success ? "start accepted"
                : "start refused: " + describe(result.errorReason(), "error reason", result.errorReasonCode()) + ", "
                        + describe(result.reservationResult(), "reservation result", result.reservationResultCode());
        listener.onCommandOutcome(new CommandOutcome(CommandOutcome.Action.START, success,
                List.of(result.reservationResultCode(), result.errorReasonCode()), message));
        return success ? CompletableFuture.completedFuture(result)
                : CommandException.failed(CommandFailure.REFUSED, message, result.reservationResultCode(),
                        result.errorReasonCode());
    }

    private CompletableFuture<ChargeStopResult> checkStop(ChargeStopResult result) {
        boolean success = result.isSuccess();
        String message = success ? "stop accepted"
                : "stop refused: fail reason " + result.failReason() + ", stop result " + result.stopResult();
        listener.onCommandOutcome(new CommandOutcome(CommandOutcome.Action.STOP, success,
                List.of(result.stopResult(), result.failReason()), message));
        return success ? CompletableFuture.completedFuture(result)
                : CommandException.failed(CommandFailure.REFUSED, message, result.stopResult(), result.failReason());
    }

    private static String describe(Enum<?> value, String what, int code) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + what + " " + code + ")";
    }

    private static CommandException invalid(String message) {
        return new CommandException(CommandFailure.INVALID_ARGUMENT, message);
    }
}
