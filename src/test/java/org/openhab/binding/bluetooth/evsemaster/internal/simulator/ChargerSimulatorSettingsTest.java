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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.openhab.binding.bluetooth.evsemaster.internal.simulator.RawClient.HEX;
import static org.openhab.binding.bluetooth.evsemaster.internal.simulator.RawClient.u16;
import static org.openhab.binding.bluetooth.evsemaster.internal.simulator.RawClient.u32;
import static org.openhab.binding.bluetooth.evsemaster.internal.simulator.RawClient.u8;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;

/**
 * Tests the simulated charger's settings requests (spec §3.3, §4.10–4.15), status requests (§4.6, §4.7) and the
 * rename with its link drop (§4.11), against the spec's vectors (§8.2) and the captures where they exist.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ChargerSimulatorSettingsTest {

    /** Device time of the scheduler's start (2025-01-01 11:00 UTC = 12:00 in Berlin), spec §8.5. */
    private static final long START_DEVICE_TIME = 1_735_704_000L;

    private final ManualScheduler scheduler = new ManualScheduler();

    private RawClient loggedIn(SimulatorConfig config) {
        RawClient client = new RawClient(scheduler, new ChargerSimulator(scheduler, config));
        client.login();
        client.clear();
        return client;
    }

    private RawClient loggedIn() {
        return loggedIn(new SimulatorConfig());
    }

    private static String wire(RawClient client, int command) {
        List<RawClient.Arrival> arrivals = client.arrivals(command);
        return HEX.formatHex(arrivals.get(arrivals.size() - 1).datagram().encode());
    }

    @Test
    void outputCurrentSetIsByteIdenticalToTheSpecVectorAndGetReadsIt() {
        RawClient client = loggedIn();

        client.simulator.clientWrote(HEX.parseHex("0601001b000102030405060708313233343536810701100214" + "0f02"));
        client.advanceSeconds(0.2);
        client.request(0x8107, "0200");

        assertThat(HEX.formatHex(client.arrivals(0x0107).get(0).datagram().encode()),
                is("0601001b000102030405060708ffffffffffff0107011006590f02"));
        assertThat(client.lastHex(0x0107), is("0210"));
        assertThat(client.simulator.settings().outputCurrent(), is(16));
        assertThat(client.simulator.log().mistakes(), is(empty()));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 5, 33, 255 })
    void outputCurrentOutsideSixToRatedIsRefusedWithTheValueInEffect(int amps) {
        RawClient client = loggedIn();

        client.request(0x8107, String.format(Locale.ROOT, "01%02x", amps));

        assertThat(client.lastHex(0x0107), is("0120"));
        assertThat(client.simulator.log().tolerated().get(0).reason(), containsString("outside 6..32"));
    }

    @ParameterizedTest
    @CsvSource({ "810f, 010f, 03, 09", "8112, 0112, 02, 03", "810d, 010d, 01, 02" })
    void oneByteSettingsAreSetEchoedReadAndRangeChecked(String request, String answer, String good, String bad) {
        RawClient client = loggedIn();
        int command = Integer.parseInt(request, 16);
        int response = Integer.parseInt(answer, 16);

        client.request(command, "01" + good);
        assertThat(client.lastHex(response), is("01" + good));
        client.request(command, "02");
        assertThat(client.lastHex(response), is("02" + good));
        client.request(command, "01" + bad);
        assertThat(client.lastHex(response), is("01" + good));
        assertThat(client.simulator.log().tolerated(), hasSize(1));
    }

    @Test
    void temperatureUnitAnswerIsByteIdenticalToCaptureC04() {
        RawClient client = loggedIn(ChargerSimulatorTest.philsCharger());

        client.request(0x8112, "0200");

        assertThat(wire(client, 0x0112), is("0601001b009181102751219513ffffffffffff0112020108950f02"));
    }

    @Test
    void versionAnswersAreByteIdenticalToCaptureC05AndTheSpecVector() {
        RawClient phil = loggedIn(ChargerSimulatorTest.philsCharger().versionSupportByte(null));
        phil.request(0x8106, "");
        assertThat(wire(phil, 0x0106), is("0601003d009181102751219513ffffffffffff0106432e333235322e31313241303038"
                + "0000432e333235322e31313241303038000042296d480f780f02"));

        RawClient client = loggedIn();
        client.request(0x8106, "");
        assertThat(client.lastHex(0x0106), endsWith("42296d480b"));
        assertThat(client.last(0x0106).length, is(37));
    }

    @Test
    void systemTimeSetIsEchoedLikeCaptureC06() {
        RawClient client = loggedIn(ChargerSimulatorTest.philsCharger());

        client.request(0x8101, "0162505cdc");

        assertThat(wire(client, 0x0101), is("0601001e009181102751219513ffffffffffff01010162505cdc0a6f0f02"));
        assertThat(client.simulator.deviceTime(), is(0x62505cdcL));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0200000000", "0000000000", "0200", "02" })
    void systemTimeAnswersAllThreeGetForms(String get) {
        RawClient client = loggedIn();
        ChargerSimulatorTest.answerHeadings(client, Duration.ofSeconds(100));

        client.request(0x8101, get);

        byte[] answer = client.last(0x0101);
        assertThat(answer.length, is(5));
        assertThat(u8(answer, 0), is(u8(HEX.parseHex(get), 0)));
        assertThat(u32(answer, 1), is(START_DEVICE_TIME + 101));
    }

    @Test
    void deviceClockRunsWithVirtualTimeCanDriftAndRefusesNotSetValues() {
        RawClient client = loggedIn(new SimulatorConfig().clockOffset(Duration.ofMinutes(-90)));
        long start = client.simulator.deviceTime();

        ChargerSimulatorTest.answerHeadings(client, Duration.ofSeconds(60));
        client.simulator.shiftDeviceClock(Duration.ofSeconds(5));
        client.request(0x8101, "0100000000");

        assertThat(start, is(START_DEVICE_TIME + 1 - 90 * 60));
        assertThat(u32(client.last(0x0101), 1), is(start + 65));
        assertThat(client.simulator.log().tolerated().get(0).reason(), containsString("not set"));
    }

    @Test
    void feeAnswersEchoLikeCapturesC16AndC18() {
        RawClient client = loggedIn(new SimulatorConfig().serial(HEX.parseHex("8949281891483449")));

        client.request(0x8104, "01010000");
        client.request(0x8105, "01010000");

        assertThat(wire(client, 0x0104), is("0601001d008949281891483449ffffffffffff010401010000088d0f02"));
        assertThat(wire(client, 0x0105), is("0601001d008949281891483449ffffffffffff010501010000088e0f02"));
        client.request(0x8104, "01010064");
        client.request(0x8104, "0200");
        assertThat(client.lastHex(0x0104), is("02010064"));
        assertThat(client.simulator.settings().fee(), is(100));
    }

    @Test
    void weeklyPlanStartsIdleLikeCaptureP05AndKeepsWhatIsSet() {
        RawClient client = loggedIn();
        String mondayAndTuesday = "0300000078ffffffff".repeat(2) + "0100000000ffffffff".repeat(5);

        client.request(0x810e, "02" + "00".repeat(63));
        assertThat(client.lastHex(0x010e), is("02" + "011600ffffffffffff".repeat(7)));
        client.request(0x810e, "01" + mondayAndTuesday);
        assertThat(client.lastHex(0x010e), is("01" + mondayAndTuesday));
        client.request(0x810e, "01" + "0118000000ffffffff".repeat(7));
        assertThat(client.lastHex(0x010e), is("01" + mondayAndTuesday));
        assertThat(client.simulator.log().tolerated(), hasSize(1));
    }

    @Test
    void brightnessUsesTheEvmLayout() {
        RawClient client = loggedIn();

        client.request(0x8162, "0001000100000000");
        assertThat(client.lastHex(0x0162), is("0001640000000000"));
        client.request(0x8162, "0002320000000000");
        assertThat(client.lastHex(0x0162), is("0002320000000000"));
        client.request(0x8162, "0002650000000000");
        assertThat(client.lastHex(0x0162), is("0002320000000000"));
        assertThat(client.simulator.settings().brightness(), is(0x32));
    }

    @Test
    void passwordChangeMakesTheChargerRequireTheNewPin() {
        RawClient client = loggedIn();

        client.simulator
                .clientWrote(HEX.parseHex("0601001f000102030405060708313233343536" + "81023635343332310337" + "0f02"));
        client.advanceSeconds(0.2);
        assertThat(client.lastHex(0x0102), is("363534333231"));
        client.request(0x8107, "0200");
        assertThat(client.arrivals(0x0155), hasSize(1));
        client.usePin("654321");
        client.request(0x8107, "0200");

        assertThat(client.lastHex(0x0107), is("0220"));
        assertThat(client.simulator.settings().pin(), is("654321"));
    }

    @Test
    void invalidNewPasswordIsRefused() {
        RawClient client = loggedIn();

        client.request(0x8102, "31323361");

        assertThat(client.arrivals(0x0102), is(empty()));
        client.request(0x8102, "31323334353a");
        assertThat(client.lastHex(0x0102), is("313233343536"));
        assertThat(client.simulator.settings().pin(), is("123456"));
    }

    @Test
    void renameIsAnsweredWithoutPrefixThenTheChargerDropsTheLinkAndAdvertisesTheNewName() {
        RawClient client = loggedIn();

        client.simulator.clientWrote(HEX.parseHex("0601003a000102030405060708313233343536810801414350234761726167650000"
                + "00".repeat(20) + "0562" + "0f02"));
        client.advanceSeconds(0.2);
        assertThat(client.lastHex(0x0108),
                is("01" + HEX.formatHex("Garage".getBytes(StandardCharsets.US_ASCII)) + "00".repeat(26)));
        assertThat(client.drops(), is(0));
        client.advanceSeconds(0.5);

        assertThat(client.drops(), is(1));
        assertThat(client.simulator.isLinked(), is(false));
        assertThat(client.simulator.isRegistered(), is(false));
        assertThat(client.simulator.isAdvertising(), is(true));
        assertThat(client.simulator.advertisedName(), is("ACP#Garage"));
        client.clear();
        client.login();
        client.request(0x8108, "02" + "00".repeat(32));
        assertThat(wire(client, 0x0108),
                is("0601003a000102030405060708ffffffffffff010802476172616765" + "00".repeat(26) + "08b10f02"));
    }

    @Test
    void factoryNameIsEvsePlusTheLastFourSerialDigits() {
        RawClient client = loggedIn(new SimulatorConfig().serial(HEX.parseHex("8368555670377598")));

        client.request(0x8108, "0200");

        assertThat(client.simulator.advertisedName(), is("ACP#EVSE7598"));
        assertThat(client.lastHex(0x0108),
                startsWith("02" + HEX.formatHex("EVSE7598".getBytes(StandardCharsets.US_ASCII)) + "00"));
    }

    @ParameterizedTest
    @CsvSource({ "Garage, without the ACP# prefix", "'ACP#Utopia     ', padded with spaces",
            "ACP#AVeryLongName, longer than" })
    void oddNicknamesAreStoredVerbatimButRecorded(String name, String reason) {
        RawClient client = loggedIn();

        client.request(0x8108,
                "01" + HEX.formatHex(name.getBytes(StandardCharsets.US_ASCII)) + "00".repeat(32 - name.length()));
        client.advanceSeconds(0.5);

        assertThat(client.simulator.advertisedName(), is(name));
        assertThat(client.simulator.log().tolerated().get(0).reason(), containsString(reason));
        assertThat(client.drops(), is(1));
    }

    @Test
    void emptyNicknameIsIgnoredAndTheLinkStays() {
        RawClient client = loggedIn();

        client.request(0x8108, "01" + "00".repeat(32));
        client.advanceSeconds(1);

        assertThat(client.arrivals(0x0108), is(empty()));
        assertThat(client.drops(), is(0));
    }

    @Test
    void statusRecordHasTheStatusLayout() {
        RawClient client = loggedIn();

        client.request(0x800d, "");

        byte[] status = client.last(0x000d);
        assertThat(status.length, is(40));
        assertThat(u8(status, 0), is(1));
        assertThat(u16(status, 1), is(both(greaterThan(2280)).and(lessThan(2320))));
        assertThat(u16(status, 3), is(0));
        assertThat(u32(status, 5), is(0L));
        assertThat(u32(status, 9), is(147_585L));
        assertThat(u16(status, 13), is(22_500));
        assertThat(u16(status, 15), is(22_500));
        assertThat(HEX.formatHex(status, 17, 25), is("0101020c00000000"));
        assertThat(HEX.formatHex(status, 25, 40), is("000000000000000003ff0000000000"));
    }

    @ParameterizedTest
    @ValueSource(ints = { 25, 33 })
    void statusLengthIsConfigurable(int length) {
        RawClient client = loggedIn(new SimulatorConfig().statusPayloadLength(length));

        client.request(0x800d, "");

        assertThat(client.last(0x000d).length, is(length));
    }

    @Test
    void chargingStatusOnRequestBeforeAnySession() {
        RawClient client = loggedIn(new SimulatorConfig().chargingStatusPayloadLength(80));

        client.request(0x8006, "00");

        byte[] status = client.last(0x0006);
        assertThat(status.length, is(80));
        assertThat(HEX.formatHex(status, 0, 2), is("010c"));
        assertThat(u32(status, 59), is(147_585L));
        assertThat(u8(status, 74), is(0xff));
    }

    @Test
    void settingsCanBeReportedUnsolicited() {
        RawClient client = loggedIn();
        long now = client.simulator.deviceTime();

        client.simulator.pushSetting(0x0101, 0);
        client.simulator.pushSetting(0x010d, 1);
        client.advanceSeconds(0.1);

        assertThat(client.lastHex(0x0101), is(String.format(Locale.ROOT, "00%08x", now)));
        assertThat(client.lastHex(0x010d), is("0100"));
    }
}
