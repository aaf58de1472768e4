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
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LanguageSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LcdBrightnessRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Message;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Nickname;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineCharge;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineChargeSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.PasswordChange;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.RawMessage;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnitSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TypedMessage;

/**
 * The settings commands (spec §4.11–4.15): each validates its argument (an invalid one fails with
 * {@link CommandFailure#INVALID_ARGUMENT} and sends nothing), sends the SET and checks that the answer carries the
 * requested value (else {@link CommandFailure#REFUSED} with the value in effect). A rename makes the charger drop
 * the link (spec §4.11): that drop is expected for a while after the rename and reported as
 * {@link SessionReason#RENAMED}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class SettingCommands {

    /** How long after a rename's answer (or timeout) a link drop counts as the expected one. */
    static final Duration RENAME_DROP_WINDOW = Duration.ofSeconds(15);

    private final PendingRequests requests;
    private final Outbound outbound;
    private final ChargerModel model;
    private final Clock clock;
    private @Nullable Instant renameDropExpectedUntil;

    SettingCommands(PendingRequests requests, Outbound outbound, ChargerModel model, Clock clock) {
        this.requests = requests;
        this.outbound = outbound;
        this.model = model;
        this.clock = clock;
    }

    CompletableFuture<Nickname> setName(String name) {
        if (name.isBlank()) {
            return invalid("the name must not be empty");
        }
        CompletableFuture<Nickname> renamed = submit(() -> Nickname.set(name), Nickname.class);
        if (!renamed.isDone()) {
            renameDropExpectedUntil = clock.instant().plus(EvseSession.ANSWER_TIMEOUT).plus(RENAME_DROP_WINDOW);
        }
        return renamed.thenApply(answer -> {
            renameDropExpectedUntil = clock.instant().plus(RENAME_DROP_WINDOW);
            return answer;
        });
    }

    /**
     * @return whether a link drop now is the one that follows a rename
     */
    boolean expectsRenameDrop() {
        Instant until = renameDropExpectedUntil;
        return until != null && !clock.instant().isAfter(until);
    }

    CompletableFuture<LanguageSetting> setLanguage(Language language) {
        return submit(() -> LanguageSetting.set(language), LanguageSetting.class)
                .thenCompose(answer -> checked(answer, answer.language() == language, answer.languageCode()));
    }

    CompletableFuture<TemperatureUnitSetting> setTemperatureUnit(TemperatureUnit unit) {
        return submit(() -> TemperatureUnitSetting.set(unit), TemperatureUnitSetting.class)
                .thenCompose(answer -> checked(answer, answer.unit() == unit, answer.unitCode()));
    }

    CompletableFuture<OfflineChargeSetting> setOfflineCharge(OfflineCharge offlineCharge) {
        return submit(() -> OfflineChargeSetting.set(offlineCharge), OfflineChargeSetting.class)
                .thenCompose(answer -> checked(answer, answer.offlineCharge() == offlineCharge, answer.statusCode()));
    }

    /**
     * 0x8162 in EVM's layout (spec §4.15, uncertain): the answer's layout is unknown, so any answer counts as
     * success and the requested value as the one in effect.
     */
    CompletableFuture<RawMessage> setLcdBrightness(int percent) {
        return submit(() -> LcdBrightnessRequest.set(percent), RawMessage.class).thenApply(answer -> {
            model.onLcdBrightness(percent);
            return answer;
        });
    }

    /**
     * 0x8102 (spec §4.15, answer layout unknown): every datagram after the request carries the new PIN; any answer
     * confirms it.
     */
    CompletableFuture<RawMessage> changePin(String newPin) {
        return submit(() -> new PasswordChange(newPin), RawMessage.class).thenApply(answer -> {
            outbound.pinConfirmed();
            return answer;
        });
    }

    private static <T> CompletableFuture<T> checked(T answer, boolean asRequested, int valueInEffect) {
        return asRequested ? CompletableFuture.completedFuture(answer)
                : CommandException.failed(CommandFailure.REFUSED,
                        "the charger kept the value " + valueInEffect + " in effect", valueInEffect);
    }

    private static <T> CompletableFuture<T> invalid(String message) {
        return CommandException.failed(CommandFailure.INVALID_ARGUMENT, message);
    }

    /**
     * Builds a request and sends it; the record's range checks become {@link CommandFailure#INVALID_ARGUMENT}.
     */
    private <R extends Message> CompletableFuture<R> submit(RequestBuilder build, Class<R> answerType) {
        TypedMessage request;
        try {
            request = build.build();
        } catch (IllegalArgumentException e) {
            return invalid(Objects.toString(e.getMessage()));
        }
        return requests.submit(request, answerType);
    }

    /**
     * Builds one request; the record's constructor or factory throws {@link IllegalArgumentException} for a value
     * out of range.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    @FunctionalInterface
    private interface RequestBuilder {
        TypedMessage build();
    }
}
