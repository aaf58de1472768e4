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

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Captures;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests the larger settings of spec §4.15: {@link WeeklyPlan} (0x810E / 0x010E, captures P05 and P06) and
 * {@link WifiSettings} (0x810A / 0x010A, capture P09).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PlanAndWifiTest {

    @Test
    void decodesTheIdlePlanP05() throws ProtocolException {
        WeeklyPlan plan = WeeklyPlan.decode(Command.WEEKLY_PLAN_RESPONSE, Captures.capture("P05").payload());

        assertThat(plan.action(), is(SettingAction.GET));
        assertThat(plan.slots(), hasSize(7));
        for (PlanSlot slot : plan.slots()) {
            assertThat(slot.flags(), is(1));
            assertThat(slot.enabled(), is(false));
            assertThat(slot.start(), is(LocalTime.of(22, 0)));
            assertThat(slot.duration(), is(nullValue()));
            assertThat(slot.limit(), is(PlanSlot.NO_LIMIT));
        }
        assertThat(plan.encodePayload(), is(Captures.capture("P05").payload()));
    }

    @Test
    void decodesThePlanWithMondayAndTuesdayOnP06() throws ProtocolException {
        WeeklyPlan plan = WeeklyPlan.decode(Command.WEEKLY_PLAN_RESPONSE, Captures.capture("P06").payload());

        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)) {
            assertThat(plan.slot(day), is(PlanSlot.on(LocalTime.MIDNIGHT, Duration.ofMinutes(120))));
            assertThat(plan.slot(day).enabled(), is(true));
        }
        for (DayOfWeek day : List.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY)) {
            assertThat(plan.slot(day), is(new PlanSlot(1, 0, 0, Duration.ZERO, PlanSlot.NO_LIMIT)));
            assertThat(plan.slot(day).enabled(), is(false));
        }
        assertThat(plan.encodePayload(), is(Captures.capture("P06").payload()));
    }

    @Test
    void encodesSetAndGetRequests() throws ProtocolException {
        WeeklyPlan set = WeeklyPlan.set(Collections.nCopies(7, PlanSlot.off(LocalTime.of(22, 0))));

        assertThat(set.encodePayload(), is(hex("01" + "011600ffffffffffff".repeat(7))));
        roundTrip(set);
        assertThat(WeeklyPlan.get().encodePayload(), is(hex("02" + "00".repeat(63))));
        assertThat(roundTrip(WeeklyPlan.get()), is(WeeklyPlan.get()));
        assertThat(WeeklyPlan.decode(Command.WEEKLY_PLAN, hex("02 00")), is(WeeklyPlan.get()));
    }

    @Test
    void roundTripsBoundarySlots() throws ProtocolException {
        PlanSlot max = new PlanSlot(255, 255, 255, Duration.ofMinutes(65534), 0xFFFF_FFFEL);
        PlanSlot zero = new PlanSlot(0, 0, 0, Duration.ZERO, 0);
        WeeklyPlan plan = roundTrip(new WeeklyPlan(Command.WEEKLY_PLAN_RESPONSE, 0,
                List.of(max, zero, max, zero, max, zero, PlanSlot.on(LocalTime.of(23, 59), null))));

        assertThat(plan.slot(DayOfWeek.MONDAY).start(), is(nullValue()));
        assertThat(plan.slot(DayOfWeek.SUNDAY).start(), is(LocalTime.of(23, 59)));
    }

    @Test
    void rejectsPlansWithoutSevenSlotsAndShortAnswers() {
        assertThrows(IllegalArgumentException.class, () -> WeeklyPlan.set(List.of(PlanSlot.EMPTY)));
        assertThrows(IllegalArgumentException.class,
                () -> new PlanSlot(1, 0, 0, Duration.ofMinutes(65535), PlanSlot.NO_LIMIT));
        assertTooShort(Command.WEEKLY_PLAN_RESPONSE, 63);
    }

    @Test
    void decodesTheWifiTrailerP09AndHidesThePassphrase() throws ProtocolException, UnknownHostException {
        byte[] payload = new byte[105];
        payload[0] = 2;
        System.arraycopy(hex("4d794e6574"), 0, payload, 1, 5);
        System.arraycopy(hex("7365637265742d7061737321"), 0, payload, 33, 12);
        System.arraycopy(Captures.capture("P09").payload(), 0, payload, 97, 8);

        WifiSettings wifi = WifiSettings.decode(Command.WIFI_INFO_RESPONSE, payload);

        assertThat(wifi.action(), is(SettingAction.GET));
        assertThat(wifi.ssid(), is("MyNet"));
        assertThat(wifi.passphrase(), is("secret-pass!"));
        assertThat(wifi.serverAddress(), is(InetAddress.getByName("0.0.0.0")));
        assertThat(wifi.serverPort(), is(WifiSettings.DEFAULT_PORT));
        assertThat(wifi.toString(), not(containsString("secret")));
        assertThat(wifi.encodePayload(), is(payload));
    }

    @Test
    void roundTripsWifiSettingsAndAcceptsAShortGet() throws ProtocolException, UnknownHostException {
        WifiSettings wifi = new WifiSettings(Command.WIFI_INFO, 1, "S".repeat(32), "P".repeat(64),
                (Inet4Address) InetAddress.getByName("192.168.1.255"), 65535);

        roundTrip(wifi);
        WifiSettings get = WifiSettings.decode(Command.WIFI_INFO, hex("02"));
        assertThat(get.ssid(), is(""));
        assertThat(get.serverPort(), is(0));
        assertTooShort(Command.WIFI_INFO_RESPONSE, 104);
    }
}
