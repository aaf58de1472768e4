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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Captures;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests {@link LoginInfo} (0x0001 / 0x0002, spec §4.1) against captures C01, C14, C30, C31, P02, P08 and the §8.2
 * vector.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class LoginInfoTest {

    @Test
    void decodesTheSinglePhaseBesenAnnouncementC01() throws ProtocolException {
        LoginInfo login = decode("C01", LoginInfo.class);

        assertThat(login.command(), is(Command.LOGIN_ANNOUNCEMENT));
        assertThat(login.deviceType(), is(1));
        assertThat(login.phases(), is(1));
        assertThat(login.brand(), is("BESEN"));
        assertThat(login.model(), is("BS20"));
        assertThat(login.hardwareVersion(), is("C.3252.112A008"));
        assertThat(login.ratedPowerWatts(), is(7040L));
        assertThat(login.ratedCurrentAmperes(), is(32));
        assertThat(login.hotline(), is("WWW.EVSE.COM"));
    }

    @Test
    void decodesTheThreePhaseAnnouncementC14() throws ProtocolException {
        LoginInfo login = decode("C14", LoginInfo.class);

        assertThat(login.command(), is(Command.LOGIN_ANNOUNCEMENT));
        assertThat(login.deviceType(), is(12));
        assertThat(login.phases(), is(3));
        assertThat(login.brand(), is("EVSE"));
        assertThat(login.model(), is("BS20"));
        assertThat(login.hardwareVersion(), is("20.1651.113C00"));
        assertThat(login.ratedPowerWatts(), is(10560L));
        assertThat(login.ratedCurrentAmperes(), is(16));
        assertThat(login.hotline(), is("WWW.EVSE.COM"));
    }

    @Test
    void decodesTheLoginResponseC30AndTheAnnouncementC31WithTheSameDescription() throws ProtocolException {
        LoginInfo response = decode("C30", LoginInfo.class);
        LoginInfo announcement = decode("C31", LoginInfo.class);

        assertThat(response.command(), is(Command.LOGIN_RESPONSE));
        assertThat(announcement.command(), is(Command.LOGIN_ANNOUNCEMENT));
        for (LoginInfo login : new LoginInfo[] { response, announcement }) {
            assertThat(login.deviceType(), is(1));
            assertThat(login.phases(), is(1));
            assertThat(login.brand(), is("BESEN"));
            assertThat(login.model(), is("BS20"));
            assertThat(login.hardwareVersion(), is("C.3252.112A00"));
            assertThat(login.ratedPowerWatts(), is(7040L));
            assertThat(login.ratedCurrentAmperes(), is(32));
            assertThat(login.hotline(), is("WWW.EVSE.COM"));
        }
    }

    @Test
    void decodesTheSpecificationVectorAndEncodesItBack() throws ProtocolException {
        LoginInfo login = decode("V-login-response-3p-16a", LoginInfo.class);

        assertThat(login, is(new LoginInfo(Command.LOGIN_RESPONSE, 12, "EVSE", "BS20", "20.1651.113C00", 10560, 16,
                "WWW.EVSE.COM")));
        assertChargerEncodesAs(login, "V-login-response-3p-16a");
    }

    @Test
    void acceptsTheLongerPossiblyTruncatedAnnouncementP02AndIgnoresBytesFrom70On() throws ProtocolException {
        byte[] payload = Captures.capture("P02").payload();
        assertThat(payload.length, is(145));

        LoginInfo login = LoginInfo.decode(Command.LOGIN_ANNOUNCEMENT, payload);

        assertThat(login.deviceType(), is(1));
        assertThat(login.phases(), is(1));
        assertThat(login.brand(), is("EVSE"));
        assertThat(login.model(), is("SQW49"));
        assertThat(login.hardwareVersion(), is("313251.118A0053"));
        assertThat(login.ratedPowerWatts(), is(7360L));
        assertThat(login.ratedCurrentAmperes(), is(32));
        assertThat(login.hotline(), is("WWW.EVSE.COM"));
        assertThat(login.encodePayload().length, is(LoginInfo.LENGTH));
    }

    @Test
    void readsTheRatedPowerOfP08BigEndian() throws ProtocolException {
        LoginInfo login = LoginInfo.decode(Command.LOGIN_RESPONSE, Captures.capture("P08").payload());

        assertThat(login.deviceType(), is(11));
        assertThat(login.phases(), is(3));
        assertThat(login.hardwareVersion(), is("68.3251.118C0073"));
        assertThat(login.ratedPowerWatts(), is(22080L));
        assertThat(login.ratedCurrentAmperes(), is(32));
    }

    @Test
    void encodesEveryCaptureBackToItsBytes() throws ProtocolException {
        for (String id : new String[] { "C01", "C14", "C30", "C31" }) {
            assertPayloadRoundTrip(id);
        }
    }

    @ParameterizedTest
    @CsvSource({ "0,1", "1,1", "9,1", "10,3", "11,3", "12,3", "13,3", "14,3", "15,3", "16,1", "21,1", "22,3", "25,3",
            "26,1", "255,1" })
    void derivesThePhaseCountFromTheDeviceType(int deviceType, int phases) {
        assertThat(new LoginInfo(Command.LOGIN_ANNOUNCEMENT, deviceType, "", "", "", 0, 0, "").phases(), is(phases));
    }

    @Test
    void roundTripsBoundaryValues() throws ProtocolException {
        roundTrip(new LoginInfo(Command.LOGIN_RESPONSE, 0, "", "", "", 0, 0, ""));
        roundTrip(new LoginInfo(Command.LOGIN_ANNOUNCEMENT, 255, "ABCDEFGHIJKLMNOP", "0123456789abcdef",
                "68.3251.118C0073", 0xFFFF_FFFFL, 255, "WWW.EVSE.COM.XYZ"));
    }

    @Test
    void rejectsAPayloadShorterThan70Bytes() {
        assertTooShort(Command.LOGIN_ANNOUNCEMENT, 69);
        assertTooShort(Command.LOGIN_RESPONSE, 0);
    }

    @Test
    void rejectsValuesThatDoNotFitAndOtherCommands() {
        assertThrows(IllegalArgumentException.class, () -> new LoginInfo(Command.AC_STATUS, 1, "", "", "", 0, 0, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginInfo(Command.LOGIN_RESPONSE, 256, "", "", "", 0, 0, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginInfo(Command.LOGIN_RESPONSE, 1, "ABCDEFGHIJKLMNOPQ", "", "", 0, 0, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginInfo(Command.LOGIN_RESPONSE, 1, "", "", "", 0x1_0000_0000L, 0, ""));
    }
}
