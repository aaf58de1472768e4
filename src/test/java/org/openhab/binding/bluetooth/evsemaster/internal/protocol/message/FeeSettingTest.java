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

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests {@link FeeSetting} (0x8104 / 0x0104 charge fee, 0x8105 / 0x0105 service fee, spec §4.15) against captures
 * C16, C18 and the §8.1 vector.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class FeeSettingTest {

    @Test
    void decodesTheServiceFeeAnswerC16() throws ProtocolException {
        FeeSetting fee = decode("C16", FeeSetting.class);

        assertThat(fee.command(), is(Command.SERVICE_FEE_RESPONSE));
        assertThat(fee.action(), is(SettingAction.SET));
        assertThat(fee.rateType(), is(1));
        assertThat(fee.feePerKwh(), is(dec("0.00")));
        assertPayloadRoundTrip("C16");
    }

    @Test
    void decodesTheChargeFeeAnswerC18() throws ProtocolException {
        FeeSetting fee = decode("C18", FeeSetting.class);

        assertThat(fee.command(), is(Command.CHARGE_FEE_RESPONSE));
        assertThat(fee.action(), is(SettingAction.SET));
        assertThat(fee.rateType(), is(1));
        assertThat(fee.feePerKwh(), is(dec("0.00")));
        assertPayloadRoundTrip("C18");
    }

    @Test
    void encodesTheAppsSetVectorExactly() throws ProtocolException {
        assertEncodesAs(FeeSetting.appDefault(Command.CHARGE_FEE), "V-set-charge-fee");
        assertThat(decode("V-set-charge-fee", FeeSetting.class), is(FeeSetting.appDefault(Command.CHARGE_FEE)));
    }

    @Test
    void encodesGetAsTwoBytes() throws ProtocolException {
        assertThat(FeeSetting.get(Command.SERVICE_FEE).encodePayload(), is(hex("02 00")));
        assertThat(roundTrip(FeeSetting.get(Command.CHARGE_FEE)).action(), is(SettingAction.GET));
        assertThat(FeeSetting.decode(Command.CHARGE_FEE, hex("02")), is(FeeSetting.get(Command.CHARGE_FEE)));
    }

    @Test
    void readsTheFeeBigEndianInHundredths() throws ProtocolException {
        FeeSetting fee = FeeSetting.decode(Command.CHARGE_FEE_RESPONSE, hex("02 01 0064"));

        assertThat(fee.feePerKwh(), is(dec("1.00")));
        assertThat(fee.action(), is(SettingAction.GET));
    }

    @Test
    void roundTripsBoundaryValues() throws ProtocolException {
        roundTrip(new FeeSetting(Command.SERVICE_FEE, 1, 255, dec("655.35")));
        roundTrip(new FeeSetting(Command.CHARGE_FEE_RESPONSE, 0, 0, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new FeeSetting(Command.CHARGE_FEE, 1, 1, dec("655.36")));
        assertThrows(IllegalArgumentException.class, () -> new FeeSetting(Command.CHARGE_FEE, 1, 1, dec("0.001")));
        assertThrows(IllegalArgumentException.class, () -> new FeeSetting(Command.LANGUAGE, 1, 1, dec("0")));
    }

    @Test
    void acceptsLongerPayloadsAndRejectsShortAnswers() throws ProtocolException {
        assertThat(FeeSetting.decode(Command.SERVICE_FEE_RESPONSE, hex("01 01 0000 ff")),
                is(decode("C16", FeeSetting.class)));
        assertTooShort(Command.CHARGE_FEE_RESPONSE, 3);
        assertTooShort(Command.SERVICE_FEE, 0);
    }
}
