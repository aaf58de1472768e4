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
package org.openhab.binding.bluetooth.evsemaster.internal.protocol.message;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.MessageFixtures.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Captures;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests the one-byte settings of spec §4.15: {@link TemperatureUnitSetting} (0x8112 / 0x0112),
 * {@link LanguageSetting} (0x810F / 0x010F) and {@link OfflineChargeSetting} (0x810D / 0x010D), against captures
 * C04, C24, P07 and the §8.1 vectors.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ByteSettingsTest {

    @Test
    void decodesTheTemperatureUnitAnswerC04() throws ProtocolException {
        TemperatureUnitSetting answer = decode("C04", TemperatureUnitSetting.class);

        assertThat(answer.command(), is(Command.TEMPERATURE_UNIT_RESPONSE));
        assertThat(answer.action(), is(SettingAction.GET));
        assertThat(answer.unit(), is(TemperatureUnit.CELSIUS));
        assertPayloadRoundTrip("C04");
    }

    @Test
    void decodesEvseMqttsGetRequestC24() throws ProtocolException {
        TemperatureUnitSetting request = decode("C24", TemperatureUnitSetting.class);

        assertThat(request, is(TemperatureUnitSetting.get()));
        assertPayloadRoundTrip("C24");
    }

    @Test
    void decodesThePayloadsP07() throws ProtocolException {
        TemperatureUnitSetting celsius = TemperatureUnitSetting.decode(Command.TEMPERATURE_UNIT_RESPONSE,
                Captures.capture("P07a").payload());
        TemperatureUnitSetting fahrenheit = TemperatureUnitSetting.decode(Command.TEMPERATURE_UNIT_RESPONSE,
                Captures.capture("P07b").payload());

        assertThat(celsius.action(), is(SettingAction.GET));
        assertThat(celsius.unit(), is(TemperatureUnit.CELSIUS));
        assertThat(fahrenheit.action(), is(SettingAction.SET));
        assertThat(fahrenheit.unit(), is(TemperatureUnit.FAHRENHEIT));
    }

    @Test
    void encodesTheSetVectorsExactly() throws ProtocolException {
        assertEncodesAs(TemperatureUnitSetting.set(TemperatureUnit.CELSIUS), "V-set-temperature-unit-celsius");
        assertEncodesAs(LanguageSetting.set(Language.GERMAN), "V-set-language-german");
        assertEncodesAs(OfflineChargeSetting.set(OfflineCharge.ALLOWED), "V-set-offline-charge-enabled");
        assertThat(decode("V-set-language-german", LanguageSetting.class).language(), is(Language.GERMAN));
        assertThat(decode("V-set-offline-charge-enabled", OfflineChargeSetting.class).offlineCharge(),
                is(OfflineCharge.ALLOWED));
        assertThat(decode("V-set-temperature-unit-celsius", TemperatureUnitSetting.class).unit(),
                is(TemperatureUnit.CELSIUS));
    }

    @Test
    void encodesGetAsActionAndZero() {
        assertThat(LanguageSetting.get().encodePayload(), is(hex("02 00")));
        assertThat(OfflineChargeSetting.get().encodePayload(), is(hex("02 00")));
        assertThat(TemperatureUnitSetting.get().encodePayload(), is(hex("02 00")));
    }

    @Test
    void keepsUnknownCodesRaw() throws ProtocolException {
        LanguageSetting language = LanguageSetting.decode(Command.LANGUAGE_RESPONSE, hex("02 09"));
        TemperatureUnitSetting unit = TemperatureUnitSetting.decode(Command.TEMPERATURE_UNIT_RESPONSE, hex("02 03"));
        OfflineChargeSetting offline = OfflineChargeSetting.decode(Command.OFFLINE_CHARGE_RESPONSE, hex("01 05"));

        assertThat(language.language(), is(Language.UNKNOWN));
        assertThat(language.languageCode(), is(9));
        assertThat(unit.unit(), is(TemperatureUnit.UNKNOWN));
        assertThat(unit.unitCode(), is(3));
        assertThat(offline.offlineCharge(), is(OfflineCharge.UNKNOWN));
        assertThat(offline.statusCode(), is(5));
        assertThat(roundTrip(language).encodePayload(), is(hex("02 09")));
    }

    @Test
    void readsOfflineStatusTwoAsNotAllowedButKeepsTheCode() throws ProtocolException {
        OfflineChargeSetting offline = OfflineChargeSetting.decode(Command.OFFLINE_CHARGE_RESPONSE, hex("01 02"));

        assertThat(offline.offlineCharge(), is(OfflineCharge.NOT_ALLOWED));
        assertThat(offline.encodePayload(), is(hex("01 02")));
        assertThat(OfflineChargeSetting.decode(Command.OFFLINE_CHARGE_RESPONSE, hex("01 01")).offlineCharge(),
                is(OfflineCharge.NOT_ALLOWED));
    }

    @Test
    void decodesEveryLanguage() throws ProtocolException {
        for (Language language : Language.values()) {
            if (language != Language.UNKNOWN) {
                assertThat(roundTrip(LanguageSetting.set(language)).language(), is(language));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> LanguageSetting.set(Language.UNKNOWN));
    }

    @Test
    void acceptsLongerPayloadsAndRejectsShortOnes() throws ProtocolException {
        assertThat(LanguageSetting.decode(Command.LANGUAGE_RESPONSE, hex("01 03 00 00")).language(),
                is(Language.GERMAN));
        assertThat(LanguageSetting.decode(Command.LANGUAGE, hex("02")), is(LanguageSetting.get()));
        assertTooShort(Command.LANGUAGE_RESPONSE, 1);
        assertTooShort(Command.TEMPERATURE_UNIT_RESPONSE, 1);
        assertTooShort(Command.OFFLINE_CHARGE_RESPONSE, 0);
        assertThrows(ProtocolException.class, () -> TemperatureUnitSetting.decode(Command.TEMPERATURE_UNIT, hex("01")));
    }

    @Test
    void roundTripsBoundaryValues() throws ProtocolException {
        roundTrip(new LanguageSetting(Command.LANGUAGE_RESPONSE, 0, 0));
        roundTrip(new TemperatureUnitSetting(Command.TEMPERATURE_UNIT, 255, 255));
        roundTrip(new OfflineChargeSetting(Command.OFFLINE_CHARGE, 1, 255));
        assertThrows(IllegalArgumentException.class, () -> new LanguageSetting(Command.LANGUAGE, 1, 256));
        assertThrows(IllegalArgumentException.class, () -> new LanguageSetting(Command.NICKNAME, 1, 1));
    }
}
