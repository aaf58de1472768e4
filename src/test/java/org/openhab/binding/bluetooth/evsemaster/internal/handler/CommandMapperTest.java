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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants.*;

import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineCharge;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargeRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandException;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandFailure;
import org.openhab.binding.bluetooth.evsemaster.internal.session.EvseLink;
import org.openhab.binding.bluetooth.evsemaster.internal.session.EvseSession;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionConfig;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionListener;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;

/**
 * {@link CommandMapper} on its own, over a spied session that is not logged in: a command the mapper passes on
 * reaches the session call it names (which then fails with NOT_LOGGED_IN), a value the mapper refuses fails with
 * INVALID_ARGUMENT before the session is asked, and a command type a channel does not take gives no call at all.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class CommandMapperTest {

    private static final int STORED_CURRENT = 16;

    private final ManualScheduler scheduler = new ManualScheduler();
    @NonNullByDefault({})
    private final EvseLink link = mock(EvseLink.class);
    @NonNullByDefault({})
    private final SessionListener listener = mock(SessionListener.class);
    @NonNullByDefault({})
    private final EvseSession session = spy(new EvseSession(link, listener,
            SessionConfig.withDefaults("123456", ZoneOffset.UTC), scheduler, scheduler.clock()));

    @Test
    void outputCurrentInMilliamperesIsConvertedToWholeAmperes() {
        assertThat(failure(call(CHANNEL_OUTPUT_CURRENT, new QuantityType<>("12000 mA"))),
                is(CommandFailure.NOT_LOGGED_IN));

        verify(session).setOutputCurrent(12);
    }

    @Test
    void outputCurrentAsPlainNumber() {
        call(CHANNEL_OUTPUT_CURRENT, new DecimalType(8));

        verify(session).setOutputCurrent(8);
    }

    @Test
    void fractionalOrNonCurrentOutputCurrentIsRefusedBeforeTheSession() {
        assertThat(failure(call(CHANNEL_OUTPUT_CURRENT, new QuantityType<>(7.5, Units.AMPERE))),
                is(CommandFailure.INVALID_ARGUMENT));
        assertThat(failure(call(CHANNEL_OUTPUT_CURRENT, new DecimalType(10.5))), is(CommandFailure.INVALID_ARGUMENT));
        assertThat(failure(call(CHANNEL_OUTPUT_CURRENT, new QuantityType<>(230, Units.VOLT))),
                is(CommandFailure.INVALID_ARGUMENT));
    }

    @Test
    void chargingOnStartsNowWithTheStoredCurrent() {
        call(CHANNEL_CHARGING, OnOffType.ON);

        verify(session).startCharging(ChargeRequest.now(STORED_CURRENT));
    }

    @Test
    void chargingOnWithoutAKnownCurrentIsRefused() {
        CompletableFuture<?> call = CommandMapper.toSessionCall(session, CHANNEL_CHARGING, OnOffType.ON, null);

        assertThat(failure(call), is(CommandFailure.INVALID_ARGUMENT));
    }

    @Test
    void chargingOffStops() {
        call(CHANNEL_CHARGING, OnOffType.OFF);

        verify(session).stopCharging();
    }

    @Test
    void nameIsPassedOnAsIs() {
        call(CHANNEL_NAME, new StringType("Garage"));

        verify(session).setName("Garage");
    }

    @Test
    void languageAndTemperatureUnitIgnoreCaseAndSurroundingBlanks() {
        call(CHANNEL_LANGUAGE, new StringType(" german "));
        call(CHANNEL_TEMPERATURE_UNIT, new StringType("Fahrenheit"));

        verify(session).setLanguage(Language.GERMAN);
        verify(session).setTemperatureUnit(TemperatureUnit.FAHRENHEIT);
    }

    @Test
    void unknownOrUnsettableEnumValuesAreRefused() {
        assertThat(failure(call(CHANNEL_LANGUAGE, new StringType("KLINGON"))), is(CommandFailure.INVALID_ARGUMENT));
        assertThat(failure(call(CHANNEL_LANGUAGE, new StringType("unknown"))), is(CommandFailure.INVALID_ARGUMENT));
        assertThat(failure(call(CHANNEL_TEMPERATURE_UNIT, new StringType("KELVIN"))),
                is(CommandFailure.INVALID_ARGUMENT));
    }

    @Test
    void offlineChargeSwitch() {
        call(CHANNEL_OFFLINE_CHARGE, OnOffType.ON);
        call(CHANNEL_OFFLINE_CHARGE, OnOffType.OFF);

        verify(session).setOfflineCharge(OfflineCharge.ALLOWED);
        verify(session).setOfflineCharge(OfflineCharge.NOT_ALLOWED);
    }

    @Test
    void lcdBrightnessAsPercentOrSwitch() {
        call(CHANNEL_LCD_BRIGHTNESS, new PercentType(40));
        call(CHANNEL_LCD_BRIGHTNESS, OnOffType.ON);
        call(CHANNEL_LCD_BRIGHTNESS, OnOffType.OFF);

        verify(session).setLcdBrightness(40);
        verify(session).setLcdBrightness(100);
        verify(session).setLcdBrightness(0);
    }

    @Test
    void commandTypesAChannelDoesNotTakeGiveNoCall() {
        assertThat(call(CHANNEL_CHARGING, new StringType("ON")), is(nullValue()));
        assertThat(call(CHANNEL_OUTPUT_CURRENT, OnOffType.ON), is(nullValue()));
        assertThat(call(CHANNEL_NAME, new DecimalType(1)), is(nullValue()));
        assertThat(call(CHANNEL_LANGUAGE, OnOffType.ON), is(nullValue()));
        assertThat(call(CHANNEL_OFFLINE_CHARGE, new StringType("ON")), is(nullValue()));
        assertThat(call(CHANNEL_LCD_BRIGHTNESS, new StringType("50")), is(nullValue()));
        assertThat(call(CHANNEL_TOTAL_ENERGY, new DecimalType(1)), is(nullValue()));
        assertThat(call(CHANNEL_ERRORS, new StringType("")), is(nullValue()));
    }

    private @Nullable CompletableFuture<?> call(String channelId, Command command) {
        return CommandMapper.toSessionCall(session, channelId, command, STORED_CURRENT);
    }

    private static CommandFailure failure(@Nullable CompletableFuture<?> call) {
        if (call == null) {
            throw new AssertionError("the command gave no session call");
        }
        try {
            call.join();
        } catch (CompletionException e) {
            CommandException problem = CommandException.unwrap(e);
            if (problem != null) {
                return problem.getFailure();
            }
            throw new AssertionError("not a command failure", e);
        }
        throw new AssertionError("the session call did not fail");
    }
}
