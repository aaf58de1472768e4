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
import static org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.MessageFixtures.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Captures;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests {@link VersionRequest} (0x8106) and {@link VersionInfo} (0x0106, spec §4.14) in its 36- and 37-byte forms
 * against captures C05, P03 and the §8 vectors.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class VersionInfoTest {

    @Test
    void decodesThe36ByteAnswerC05() throws ProtocolException {
        VersionInfo version = decode("C05", VersionInfo.class);

        assertThat(version.hardwareVersion(), is("C.3252.112A008"));
        assertThat(version.softwareVersion(), is("C.3252.112A008"));
        assertThat(version.featureFlags(), is(0x42296D48L));
        assertThat(version.supportByte(), is(nullValue()));
        assertPayloadRoundTrip("C05");
    }

    @Test
    void decodesThe37ByteAnswerP03() throws ProtocolException {
        VersionInfo version = VersionInfo.decode(Captures.capture("P03").payload());

        assertThat(version.hardwareVersion(), is("68.3251.118C0073"));
        assertThat(version.softwareVersion(), is("68.3251.118C0073"));
        assertThat(version.featureFlags(), is(0x52E41ECFL));
        assertThat(version.supportByte(), is(0x0B));
        assertThat(version.encodePayload(), is(Captures.capture("P03").payload()));
    }

    @Test
    void decodesAndEncodesTheVectors() throws ProtocolException {
        VersionInfo version = decode("V-version-response", VersionInfo.class);

        assertThat(version, is(new VersionInfo("C.3252.112A008", "C.3252.112A008", 0x42296D48L, null)));
        assertChargerEncodesAs(version, "V-version-response");
        assertEncodesAs(new VersionRequest(), "V-get-version");
        assertThat(decode("V-get-version", VersionRequest.class), is(new VersionRequest()));
    }

    @Test
    void acceptsThe32ByteMinimumAndRejectsLess() throws ProtocolException {
        VersionInfo version = VersionInfo.decode(extended(Captures.capture("C05").payload(), 32, 0));

        assertThat(version.featureFlags(), is(nullValue()));
        assertThat(roundTrip(version).encodePayload().length, is(32));
        assertTooShort(Command.VERSION_RESPONSE, 31);
    }

    @Test
    void acceptsLongerPayloads() throws ProtocolException {
        byte[] longer = extended(Captures.capture("P03").payload(), 44, 0x33);

        assertThat(VersionInfo.decode(longer), is(VersionInfo.decode(Captures.capture("P03").payload())));
    }

    @Test
    void roundTripsBoundaryValues() throws ProtocolException {
        roundTrip(new VersionInfo("", "", 0L, 0));
        roundTrip(new VersionInfo("ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOP", 0xFFFF_FFFFL, 255));
        roundTrip(new VersionInfo("x", "y", null, null));
    }
}
