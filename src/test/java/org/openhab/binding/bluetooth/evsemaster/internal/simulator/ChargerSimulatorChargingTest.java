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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;

/**
 * Tests charging with the simulated charger: start and stop with their refusals (spec §4.8, §4.9, §6.8, §6.9),
 * reservations, limits, the vehicle model and meters (§4.6, §4.7), session records (§4.13) and fault bits (§6.6).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ChargerSimulatorChargingTest {

    private static final String START_10A = "060100480001020304050607083132333435368007016576"
            + "73654d5154540000000000000000323032353031303131323030313333370067" + "74bdc00101ffffffffffff0a10a30f02";
    private static final String STOP = "060100480001020304050607083132333435368008016576" + "73654d515454"
            + "00".repeat(38) + "052a0f02";
    private static final String CHARGE_ID = "2025010112001337";

    private final ManualScheduler scheduler = new ManualScheduler();

    private RawClient loggedIn(SimulatorConfig config) {
        RawClient client = new RawClient(scheduler, new ChargerSimulator(scheduler, config));
        client.login();
        client.answerHeadingsAutomatically();
        client.clear();
        return client;
    }

    private RawClient loggedIn() {
        return loggedIn(new SimulatorConfig());
    }

    /**
     * @return a 47-byte ChargeStart payload as hex (spec §4.8)
     */
    static String start(int line, boolean reservation, long time, int minutes, int energy, int limit3, int amps) {
        ByteBuffer payload = ByteBuffer.allocate(47);
        payload.put((byte) line).put(Arrays.copyOf("evseMQTT".getBytes(StandardCharsets.US_ASCII), 16))
                .put(CHARGE_ID.getBytes(StandardCharsets.US_ASCII)).put((byte) (reservation ? 1 : 0)).putInt((int) time)
                .put((byte) 1).put((byte) 1).putShort((short) minutes).putShort((short) energy).putShort((short) limit3)
                .put((byte) amps);
        return HEX.formatHex(payload.array());
    }

    static String startNow(int amps) {
        return start(1, false, 0, 0xFFFF, 0xFFFF, 0xFFFF, amps);
    }

    static String ack(String chargeId) {
        return "01" + HEX.formatHex(chargeId.getBytes(StandardCharsets.US_ASCII)) + "01";
    }

    private static byte[] status(RawClient client) {
        client.request(0x800d, "");
        return client.last(0x000d);
    }

    private static void write(RawClient client, String hex) {
        client.simulator.clientWrote(HEX.parseHex(hex));
        client.advanceSeconds(0.2);
    }

    @Test
    void startWithoutVehicleIsRefusedWithError1() {
        RawClient client = loggedIn();

        client.request(0x8007, startNow(10));

        assertThat(client.lastHex(0x0007), is("010000010a"));
        assertThat(client.simulator.charging().currentState(), is(12));
    }

    @Test
    void startMatchesTheSpecVectorsAndChargesTheCar() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        assertThat(HEX.formatHex(status(client), 18, 21), is("02020d"));

        write(client, START_10A);
        assertThat(HEX.formatHex(client.arrivals(0x0007).get(0).datagram().encode()),
                is("0601001e000102030405060708ffffffffffff0007010001000a06560f02"));
        client.advanceSeconds(3600);

        byte[] status = status(client);
        assertThat(HEX.formatHex(status, 18, 21), is("04010e"));
        assertThat(u16(status, 3), is(both(greaterThan(980)).and(lessThanOrEqualTo(1000))));
        assertThat(u32(status, 5), is(both(greaterThan(2200L)).and(lessThan(2330L))));
        assertThat(u32(status, 9), is(147_585L + 230));
        assertThat(client.simulator.charging().sessionEnergy(), is(230L));
        assertThat(client.simulator.log().mistakes(), is(empty()));
    }

    @Test
    void secondStartWhileChargingIsRefusedWithError3() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        client.request(0x8007, startNow(10));

        client.request(0x8007, startNow(12));

        assertThat(client.lastHex(0x0007), is("010000030c"));
        assertThat(client.simulator.charging().sessionCurrent(), is(10));
    }

    @Test
    void stopEndsTheSessionAndTheRecordRepeatsUntilAcknowledged() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        long startTime = client.simulator.deviceTime();
        client.request(0x8007, startNow(16));
        client.advanceSeconds(600);

        write(client, STOP);
        assertThat(HEX.formatHex(client.arrivals(0x0008).get(0).datagram().encode()),
                is("0601001c000102030405060708ffffffffffff000801010006" + "4b0f02"));
        assertThat(client.simulator.charging().currentState(), is(15));
        client.advanceSeconds(10);
        assertThat(client.arrivals(0x0009), hasSize(3));

        byte[] record = client.last(0x0009);
        assertThat(record.length, is(97));
        assertThat(new String(record, 33, 16, StandardCharsets.US_ASCII), is(CHARGE_ID));
        assertThat(new String(record, 1, 8, StandardCharsets.US_ASCII), is("evseMQTT"));
        assertThat(new String(record, 17, 8, StandardCharsets.US_ASCII), is("evseMQTT"));
        assertThat(u8(record, 58), is(11));
        assertThat(u32(record, 64), is(either(is(startTime)).or(is(startTime + 1))));
        assertThat(u32(record, 72), is(600L));
        assertThat(u32(record, 68) - u32(record, 64), is(either(is(600L)).or(is(601L))));
        assertThat(u32(record, 84), is(u32(record, 80) - u32(record, 76)));
        assertThat(u32(record, 84), is(61L));

        client.request(0x8009, ack("2025010112009999"));
        client.advanceSeconds(10);
        assertThat(client.arrivals(0x0009), hasSize(6));
        assertThat(client.simulator.log().ignored(), hasSize(1));
        client.request(0x8009, ack(CHARGE_ID));
        client.advanceSeconds(60);
        assertThat(client.arrivals(0x0009), hasSize(6));
        assertThat(client.simulator.charging().pendingRecordChargeId(), is(nullValue()));
    }

    @Test
    void stopWithoutSessionReportsFailure() {
        RawClient client = loggedIn();

        write(client, STOP);

        assertThat(client.lastHex(0x0008), is("010001"));
        assertThat(client.arrivals(0x0009), is(empty()));
    }

    @Test
    void currentOutsideSixToRatedIsClampedAndRecorded() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();

        client.request(0x8007, startNow(40));

        assertThat(client.lastHex(0x0007), is("0100010020"));
        assertThat(client.simulator.charging().sessionCurrent(), is(32));
        assertThat(client.simulator.log().tolerated().get(0).reason(), containsString("clamped"));
    }

    @Test
    void threePhaseUnitEchoesLine2MeasuresEveryPhaseAndReportsOnePhaseAsPower() {
        RawClient client = loggedIn(new SimulatorConfig().deviceType(11).ratedCurrent(32));
        client.simulator.vehicle().plugIn();

        client.request(0x8007, start(2, false, 0, 0xFFFF, 0xFFFF, 0xFFFF, 16));
        client.advanceSeconds(3600);

        assertThat(client.lastHex(0x0007), is("0200010010"));
        byte[] status = status(client);
        assertThat(u8(status, 0), is(1));
        for (int offset : new int[] { 1, 25, 29 }) {
            assertThat(u16(status, offset), is(both(greaterThan(2270)).and(lessThan(2320))));
            assertThat(u16(status, offset + 2), is(both(greaterThan(1580)).and(lessThanOrEqualTo(1600))));
        }
        assertThat(u32(status, 5), is(both(greaterThan(3500L)).and(lessThan(3700L))));
        assertThat(client.simulator.charging().sessionEnergy(), is(3 * 368L));
    }

    @Test
    void reservationsFollowTheResultTable() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        long now = client.simulator.deviceTime();

        client.request(0x8007, start(1, true, now + 24 * 3600 + 60, 0xFFFF, 0xFFFF, 0xFFFF, 10));
        assertThat(client.lastHex(0x0007), is("010300000a"));
        client.request(0x8007, start(1, true, now + 3600, 0xFFFF, 0xFFFF, 0xFFFF, 10));
        assertThat(client.lastHex(0x0007), is("010101000a"));
        assertThat(client.simulator.charging().currentState(), is(20));
        client.request(0x8007, start(1, true, now + 7200, 0xFFFF, 0xFFFF, 0xFFFF, 10));
        assertThat(client.lastHex(0x0007), is("010600140a"));
        client.request(0x8007, startNow(10));
        assertThat(client.lastHex(0x0007), is("010600140a"));

        client.request(0x8006, "00");
        byte[] reserved = client.last(0x0006);
        assertThat(u8(reserved, 1), is(20));
        assertThat(u32(reserved, 26), is(now + 3600));
        assertThat(u32(reserved, 47), is(0L));
        client.advanceSeconds(3600);
        assertThat(client.simulator.charging().currentState(), is(14));
    }

    @Test
    void reservationInThePastStartsAtOnce() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();

        client.request(0x8007, start(1, true, client.simulator.deviceTime() - 600, 0xFFFF, 0xFFFF, 0xFFFF, 10));

        assertThat(client.lastHex(0x0007), is("010401000a"));
        assertThat(client.simulator.charging().currentState(), is(14));
    }

    @Test
    void reservationWithoutVehicleAtItsTimeEndsWithStopReason1() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        client.request(0x8007, start(1, true, client.simulator.deviceTime() + 120, 0xFFFF, 0xFFFF, 0xFFFF, 10));
        client.simulator.vehicle().unplug();
        client.advanceSeconds(60);
        assertThat(client.simulator.charging().currentState(), is(20));

        client.advanceSeconds(62);

        assertThat(client.simulator.charging().currentState(), is(12));
        assertThat(u8(client.last(0x0009), 58), is(1));
    }

    @Test
    void stopCancelsAReservationWithStopReason0() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        client.request(0x8007, start(1, true, client.simulator.deviceTime() + 600, 0xFFFF, 0xFFFF, 0xFFFF, 10));

        write(client, STOP);

        assertThat(client.lastHex(0x0008), is("010100"));
        assertThat(client.simulator.charging().currentState(), is(13));
        assertThat(u8(client.last(0x0009), 58), is(0));
    }

    @Test
    void unplugDuringChargingEndsTheSessionWithStopReason17() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        client.request(0x8007, startNow(10));
        client.advanceSeconds(100);

        client.simulator.vehicle().unplug();
        client.advanceSeconds(0.1);

        assertThat(HEX.formatHex(status(client), 18, 21), is("01020c"));
        assertThat(u8(client.last(0x0009), 58), is(17));
    }

    @Test
    void fullBatteryEndsTheSessionWithState17() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        client.request(0x8007, startNow(10));
        client.advanceSeconds(100);

        client.simulator.vehicle().batteryFull();
        client.advanceSeconds(0.1);

        assertThat(HEX.formatHex(status(client), 18, 21), is("020211"));
        assertThat(u8(client.last(0x0009), 58), is(13));
    }

    @Test
    void vehicleThatDrawsNothingShowsPlugState2WhileCharging() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        client.simulator.vehicle().setDrawing(false);

        client.request(0x8007, startNow(10));

        byte[] status = status(client);
        assertThat(HEX.formatHex(status, 18, 21), is("02010e"));
        assertThat(u16(status, 3), is(0));
    }

    @Test
    void errorBitsFollowTheAppOrderAndAFaultStopsTheSession() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        client.request(0x8007, startNow(10));

        client.simulator.vehicle().raiseErrors(6);
        client.advanceSeconds(0.1);
        byte[] status = status(client);
        assertThat(HEX.formatHex(status, 18, 25), is("02020102000000"));
        assertThat(u8(client.last(0x0009), 58), is(23));
        client.request(0x8007, startNow(10));
        assertThat(client.lastHex(0x0007), is("010000020a"));

        client.simulator.vehicle().raiseErrors(0, 31);
        assertThat(HEX.formatHex(status(client), 21, 25), is("82000001"));
        client.simulator.vehicle().clearErrors(0, 6, 31);
        assertThat(HEX.formatHex(status(client), 18, 25), is("02020f00000000"));
        assertThat(client.simulator.vehicle().errorCodes(), is(empty()));
    }

    @Test
    void temperaturesUseTheOffsetAndMayBeNegativeOrAbsent() {
        RawClient client = loggedIn(new SimulatorConfig().outerSensor(false));

        client.simulator.vehicle().setAmbientTemperature(-5.5);

        byte[] status = status(client);
        assertThat(u16(status, 13), is(19_450));
        assertThat(u16(status, 15), is(0xFFFF));
    }

    @Test
    void durationAndEnergyLimitsEndTheSession() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();

        client.request(0x8007, start(1, false, 0, 1, 0xFFFF, 0xFFFF, 10));
        client.advanceSeconds(61);
        assertThat(u8(client.last(0x0009), 58), is(16));

        client.request(0x8007, start(1, false, 0, 0xFFFF, 5, 0xFFFF, 10));
        client.advanceSeconds(90);
        assertThat(u8(client.last(0x0009), 58), is(15));
        assertThat(u32(client.last(0x0009), 84), is(5L));
    }

    @Test
    void limit3OfZeroStopsTheSessionWithinSeconds() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();

        client.request(0x8007, start(1, false, 0, 0xFFFF, 0xFFFF, 0, 10));
        client.advanceSeconds(1.5);

        assertThat(u8(client.last(0x0009), 58), is(14));
        assertThat(client.simulator.log().tolerated(), hasSize(1));
    }

    @Test
    void chargingStatusDescribesTheRunningSession() {
        RawClient client = loggedIn();
        client.request(0x8104, "01010064");
        client.simulator.vehicle().plugIn();
        long startTime = client.simulator.deviceTime();
        client.request(0x8007, startNow(16));
        client.advanceSeconds(1805);

        client.request(0x8006, "00");

        byte[] session = client.last(0x0006);
        assertThat(u8(session, 1), is(14));
        assertThat(new String(session, 2, 16, StandardCharsets.US_ASCII), is(CHARGE_ID));
        assertThat(HEX.formatHex(session, 18, 26), is("0101ffffffffffff"));
        assertThat(new String(session, 30, 8, StandardCharsets.US_ASCII), is("evseMQTT"));
        assertThat(u8(session, 46), is(16));
        assertThat(u32(session, 47), is(either(is(startTime)).or(is(startTime + 1))));
        assertThat(u32(session, 51), is(1800L));
        assertThat(u32(session, 55), is(147_585L));
        long energy = u32(session, 63);
        assertThat(energy, is(u32(session, 59) - u32(session, 55)));
        assertThat(energy, is(184L));
        assertThat(u32(session, 67), is(energy));
        assertThat(HEX.formatHex(session, 71, 74), is("010064"));
    }

    @Test
    void outputCurrentChangeDuringASessionPausesItThenApplies() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        client.request(0x8007, startNow(10));

        client.request(0x8107, "0110");
        assertThat(u16(status(client), 3), is(0));
        client.advanceSeconds(21);

        assertThat(u16(status(client), 3), is(both(greaterThan(1580)).and(lessThanOrEqualTo(1600))));
        assertThat(client.simulator.charging().sessionCurrent(), is(16));
    }

    @Test
    void chargingContinuesAcrossALinkDrop() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        client.request(0x8007, startNow(10));

        client.simulator.clientDisconnected();
        client.advanceSeconds(3600);

        assertThat(client.simulator.charging().currentState(), is(14));
        assertThat(client.simulator.charging().sessionEnergy(), is(230L));
    }

    @Test
    void rebootKeepsSerialAndCountersEndsTheSessionAndAnnouncesAgain() {
        RawClient client = loggedIn();
        client.simulator.vehicle().plugIn();
        client.request(0x8007, startNow(10));
        client.advanceSeconds(1800);
        long counter = client.simulator.vehicle().energyCounter();

        client.simulator.faults().reboot();
        client.clear();
        client.request(0x8107, "0200");
        client.advanceSeconds(4);
        assertThat(client.arrivals(), is(empty()));
        assertThat(client.simulator.isRegistered(), is(false));
        client.advanceSeconds(2.1);

        assertThat(client.commands(), contains(ChargerSimulator.ANNOUNCEMENT));
        assertThat(client.arrivals().get(0).datagram().serialHex(), is("0102030405060708"));
        assertThat(client.simulator.vehicle().energyCounter(), is(counter));
        assertThat(client.simulator.charging().currentState(), is(13));
        client.request(0x8002, "");
        client.request(0x8001, "01");
        client.advanceSeconds(4);
        byte[] record = client.last(0x0009);
        assertThat(new String(record, 17, 10, StandardCharsets.US_ASCII), is("Power Down"));
        assertThat(u8(record, 58), is(0xFF));
    }

    @Test
    void energyNeverDecreasesOverALongRun() {
        RawClient client = loggedIn(new SimulatorConfig().deviceType(11));
        EvModel vehicle = client.simulator.vehicle();
        long[] last = { vehicle.energyCounter() };
        int[] step = { 0 };

        scheduler.advanceInSteps(Duration.ofHours(72), Duration.ofMinutes(7), () -> {
            switch (step[0]++ % 9) {
                case 0 -> {
                    vehicle.plugIn();
                    client.send(0x8001, HEX.parseHex("01"));
                }
                case 1 -> client.send(0x8007, HEX.parseHex(startNow(6 + step[0] % 27)));
                case 4 -> client.send(0x8008, HEX.parseHex(STOP.substring(42, STOP.length() - 8)));
                case 5 -> client.send(0x8009, HEX.parseHex(ack(CHARGE_ID)));
                case 6 -> vehicle.unplug();
                case 7 -> client.simulator.faults().reboot();
                case 8 -> client.send(0x8002, new byte[0]);
                default -> {
                    // keep charging
                }
            }
            long counter = vehicle.energyCounter();
            assertThat(counter, is(greaterThanOrEqualTo(last[0])));
            last[0] = counter;
        });

        List<Long> reported = client.arrivals(ChargerSimulator.STATUS).stream()
                .map(arrival -> u32(arrival.datagram().payload(), 9)).toList();
        assertThat(reported.size(), is(greaterThan(100)));
        for (int i = 1; i < reported.size(); i++) {
            assertThat(reported.get(i), is(greaterThanOrEqualTo(reported.get(i - 1))));
        }
        assertThat(last[0], is(greaterThan(147_585L + 20_000)));
        assertThat(client.simulator.log().mistakes(), is(empty()));
    }
}
