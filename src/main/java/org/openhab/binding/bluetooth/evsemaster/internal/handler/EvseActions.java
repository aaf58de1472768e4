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
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandException;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandFailure;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The rule actions of a charger Thing, scope {@code bluetooth.evsemaster}. Each action waits for the charger's
 * answer and returns a short result text; it throws {@link IllegalArgumentException} for an argument the charger
 * cannot take and {@link IllegalStateException} when the charger refused or could not be reached, with the reason
 * as message. The static methods of the same names are for DSL rules.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
@Component(scope = ServiceScope.PROTOTYPE, service = EvseActions.class)
@ThingActionsScope(name = "bluetooth.evsemaster")
public class EvseActions implements ThingActions {

    /** Longer than any command of the session takes (a start sets the clock first; each answer waits 5 s). */
    static final Duration ANSWER_WAIT = Duration.ofSeconds(30);
    static final int MAX_RELEASE_MINUTES = 24 * 60;
    private static final Pattern PIN = Pattern.compile("[0-9]{6}");

    private @Nullable EvseHandler handler;

    @Override
    public void setThingHandler(ThingHandler thingHandler) {
        if (thingHandler instanceof EvseHandler evseHandler) {
            handler = evseHandler;
        }
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return handler;
    }

    @RuleAction(label = "start charging", description = "Starts charging now or at a given time (at most 24 h ahead), optionally limited in time and energy.")
    public @ActionOutput(name = "result", type = "java.lang.String", label = "Result") String startCharging(
            @ActionInput(name = "current", type = "java.lang.Integer", label = "Current", description = "Charge current in A, 6 up to the rated current of the charger", required = true) @Nullable Integer current,
            @ActionInput(name = "startTime", type = "java.time.ZonedDateTime", label = "Start Time", description = "When to start, at most 24 h ahead; empty to start now") @Nullable ZonedDateTime startTime,
            @ActionInput(name = "maxDuration", type = "java.lang.Integer", label = "Duration Limit", description = "Stop after this many minutes; empty for no limit") @Nullable Integer maxDuration,
            @ActionInput(name = "maxEnergy", type = "java.lang.Double", label = "Energy Limit", description = "Stop after this energy in kWh; empty for no limit") @Nullable Double maxEnergy) {
        if (current == null) {
            throw new IllegalArgumentException("the charge current is required");
        }
        Duration durationLimit = maxDuration == null ? null : Duration.ofMinutes(maxDuration);
        BigDecimal energyLimit = maxEnergy == null ? null
                : BigDecimal.valueOf(maxEnergy).setScale(2, RoundingMode.HALF_UP);
        await(evseHandler().startCharging(current, startTime, durationLimit, energyLimit));
        return startTime == null ? "charging started" : "charging scheduled";
    }

    /**
     * @param startTime the start in the user's time zone, at most 24 h ahead; null to start now
     */
    public String startCharging(int current, @Nullable LocalDateTime startTime, @Nullable Integer maxDuration,
            @Nullable Double maxEnergy) {
        return startCharging(current, startTime == null ? null : startTime.atZone(evseHandler().zone()), maxDuration,
                maxEnergy);
    }

    public String startCharging(int current) {
        return startCharging(current, (ZonedDateTime) null, null, null);
    }

    @RuleAction(label = "stop charging", description = "Stops charging, or cancels a scheduled start.")
    public @ActionOutput(name = "result", type = "java.lang.String", label = "Result") String stopCharging() {
        await(evseHandler().stopCharging());
        return "charging stopped";
    }

    @RuleAction(label = "synchronise the clock", description = "Sets the charger clock to the openHAB time.")
    public @ActionOutput(name = "result", type = "java.lang.String", label = "Result") String syncClock() {
        await(evseHandler().syncClock());
        return "clock set";
    }

    @RuleAction(label = "change the PIN", description = "Changes the charger PIN and stores it in the Thing configuration.")
    public @ActionOutput(name = "result", type = "java.lang.String", label = "Result") String changePin(
            @ActionInput(name = "newPin", type = "java.lang.String", label = "New PIN", description = "Exactly six digits", required = true) @Nullable String newPin) {
        if (newPin == null || !PIN.matcher(newPin).matches()) {
            throw new IllegalArgumentException("the new PIN must be exactly six digits");
        }
        boolean stored = Objects.requireNonNull(await(evseHandler().changePin(newPin)));
        return stored ? "PIN changed" : "PIN changed; put the new PIN into the Thing configuration";
    }

    @RuleAction(label = "release the link", description = "Disconnects for some minutes so that the EVSE Master app can connect, then reconnects.")
    public @ActionOutput(name = "result", type = "java.lang.String", label = "Reconnect Time") String releaseLink(
            @ActionInput(name = "minutes", type = "java.lang.Integer", label = "Minutes", description = "How long to stay disconnected, 1 to 1440", required = true) @Nullable Integer minutes) {
        if (minutes == null || minutes < 1 || minutes > MAX_RELEASE_MINUTES) {
            throw new IllegalArgumentException("the release must last 1 to " + MAX_RELEASE_MINUTES + " minutes");
        }
        return evseHandler().releaseLink(Duration.ofMinutes(minutes)).toString();
    }

    public static String startCharging(ThingActions actions, int current) {
        return of(actions).startCharging(current);
    }

    public static String startCharging(ThingActions actions, int current, @Nullable ZonedDateTime startTime,
            @Nullable Integer maxDuration, @Nullable Double maxEnergy) {
        return of(actions).startCharging(current, startTime, maxDuration, maxEnergy);
    }

    public static String startCharging(ThingActions actions, int current, @Nullable LocalDateTime startTime,
            @Nullable Integer maxDuration, @Nullable Double maxEnergy) {
        return of(actions).startCharging(current, startTime, maxDuration, maxEnergy);
    }

    public static String stopCharging(ThingActions actions) {
        return of(actions).stopCharging();
    }

    public static String syncClock(ThingActions actions) {
        return of(actions).syncClock();
    }

    public static String changePin(ThingActions actions, String newPin) {
        return of(actions).changePin(newPin);
    }

    public static String releaseLink(ThingActions actions, int minutes) {
        return of(actions).releaseLink(minutes);
    }

    private static EvseActions of(ThingActions actions) {
        if (actions instanceof EvseActions evseActions) {
            return evseActions;
        }
        throw new IllegalArgumentException("not the actions of an EVSE Master charger");
    }

    private EvseHandler evseHandler() {
        EvseHandler current = handler;
        if (current == null) {
            throw new IllegalStateException("the actions are not bound to an EVSE Master charger");
        }
        return current;
    }

    /**
     * @return the charger's answer
     * @throws IllegalArgumentException if the session found an argument invalid
     * @throws IllegalStateException if the charger refused, did not answer or is not connected
     */
    private static <T> @Nullable T await(CompletableFuture<T> answer) {
        try {
            return answer.get(ANSWER_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the charger", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the charger did not answer", e);
        } catch (ExecutionException e) {
            CommandException problem = CommandException.unwrap(e);
            if (problem == null) {
                throw new IllegalStateException("the command failed: " + e.getCause(), e);
            }
            if (problem.getFailure() == CommandFailure.INVALID_ARGUMENT) {
                throw new IllegalArgumentException(problem.getMessage(), problem);
            }
            throw new IllegalStateException(problem.getFailure() + ": " + problem.getMessage(), problem);
        }
    }
}
