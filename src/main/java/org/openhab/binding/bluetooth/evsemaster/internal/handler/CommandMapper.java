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

import static org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants.*;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineCharge;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargeRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandException;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandFailure;
import org.openhab.binding.bluetooth.evsemaster.internal.session.EvseSession;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;

/**
 * Turns an openHAB command on a writable channel into the session call that carries it out. A value the charger
 * cannot take fails the returned future with {@link CommandFailure#INVALID_ARGUMENT} before anything is sent.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class CommandMapper {

    private static final String UNKNOWN = "UNKNOWN";

    private CommandMapper() {
    }

    /**
     * @param chargeCurrent the stored output current in A, which a start uses; null while unknown
     * @return the session's answer, or null if the channel takes no command of this type
     */
    static @Nullable CompletableFuture<?> toSessionCall(EvseSession session, String channelId, Command command,
            @Nullable Integer chargeCurrent) {
        return switch (channelId) {
            case CHANNEL_CHARGING ->
                command instanceof OnOffType onOff ? charging(session, onOff, chargeCurrent) : null;
            case CHANNEL_OUTPUT_CURRENT -> outputCurrent(session, command);
            case CHANNEL_NAME -> command instanceof StringType name ? session.setName(name.toString()) : null;
            case CHANNEL_LANGUAGE -> command instanceof StringType language
                    ? enumValue(Language.class, language).thenCompose(session::setLanguage)
                    : null;
            case CHANNEL_TEMPERATURE_UNIT -> command instanceof StringType unit
                    ? enumValue(TemperatureUnit.class, unit).thenCompose(session::setTemperatureUnit)
                    : null;
            case CHANNEL_OFFLINE_CHARGE -> command instanceof OnOffType onOff
                    ? session
                            .setOfflineCharge(onOff == OnOffType.ON ? OfflineCharge.ALLOWED : OfflineCharge.NOT_ALLOWED)
                    : null;
            case CHANNEL_LCD_BRIGHTNESS -> lcdBrightness(session, command);
            default -> null;
        };
    }

    private static CompletableFuture<?> charging(EvseSession session, OnOffType onOff,
            @Nullable Integer chargeCurrent) {
        if (onOff == OnOffType.OFF) {
            return session.stopCharging();
        }
        if (chargeCurrent == null) {
            return invalid("the output current is not known yet");
        }
        return session.startCharging(ChargeRequest.now(chargeCurrent));
    }

    private static @Nullable CompletableFuture<?> outputCurrent(EvseSession session, Command command) {
        BigDecimal amperes;
        if (command instanceof QuantityType<?> quantity) {
            QuantityType<?> inAmperes = quantity.toUnit(Units.AMPERE);
            if (inAmperes == null) {
                return invalid("not a current: " + quantity);
            }
            amperes = inAmperes.toBigDecimal();
        } else if (command instanceof DecimalType number) {
            amperes = number.toBigDecimal();
        } else {
            return null;
        }
        try {
            return session.setOutputCurrent(amperes.intValueExact());
        } catch (ArithmeticException e) {
            return invalid("the current must be a whole number of amperes: " + amperes.toPlainString());
        }
    }

    private static @Nullable CompletableFuture<?> lcdBrightness(EvseSession session, Command command) {
        if (command instanceof PercentType percent) {
            return session.setLcdBrightness(percent.intValue());
        }
        if (command instanceof OnOffType onOff) {
            return session
                    .setLcdBrightness((onOff == OnOffType.ON ? PercentType.HUNDRED : PercentType.ZERO).intValue());
        }
        return null;
    }

    private static <E extends Enum<E>> CompletableFuture<E> enumValue(Class<E> type, StringType text) {
        try {
            E value = Enum.valueOf(type, text.toString().trim().toUpperCase(Locale.ROOT));
            // UNKNOWN stands for codes the charger reported, it cannot be set
            if (!UNKNOWN.equals(value.name())) {
                return CompletableFuture.completedFuture(value);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        return invalid("unknown " + type.getSimpleName() + ": " + text);
    }

    private static <T> CompletableFuture<T> invalid(String message) {
        return CompletableFuture.failedFuture(new CommandException(CommandFailure.INVALID_ARGUMENT, message));
    }
}
