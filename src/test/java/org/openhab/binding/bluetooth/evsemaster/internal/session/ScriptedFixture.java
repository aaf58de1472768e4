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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.FeeSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Heading;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LanguageSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Message;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Messages;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Nickname;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineChargeSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OutputCurrent;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.SystemTime;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnitSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.VersionInfo;

/**
 * A session on a {@link FakeLink}: the link answers what a test scripts; {@link #answerLikeACharger()} scripts the
 * answers to the login and to the reads after it, with the values of the spec's test vectors (§8).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ScriptedFixture {

    /** Spec §8.2, SingleACStatus 3-phase charging (payload only). */
    static final String STATUS_CHARGING = "010901" + "03e800001af40001e2405bfeffff0104010e00000000090603e808f703e8";
    /** Spec §8.2, SingleACChargingStatus (payload only). */
    static final String CHARGING_STATUS = "010e" + "32303235303130313132303031333337" + "0101" + "ffffffffffff"
            + "6774bdc0" + "657673654d5154540000000000000000" + "0a" + "6774bdc0" + "00000e10" + "0001e078" + "0001e32a"
            + "000002b2" + "00000000" + "01" + "0000";

    final ManualScheduler scheduler = new ManualScheduler();
    final FakeLink link = new FakeLink(scheduler);
    final RecordingListener listener = new RecordingListener(scheduler.clock());
    final EvseSession session;

    ScriptedFixture() {
        this(SessionConfig.withDefaults(SessionFixture.PIN, SessionFixture.ZONE));
    }

    ScriptedFixture(SessionConfig config) {
        session = new EvseSession(link, listener, config, scheduler, scheduler.clock());
        link.attach(session::onNotification);
    }

    /**
     * Scripts the answers of a single-phase 32 A charger to the login and every read after it.
     */
    ScriptedFixture answerLikeACharger() {
        link.respond(0x8002, FakeLink.loginInfo(Command.LOGIN_RESPONSE, 1, 32));
        link.respond(0x8106, new VersionInfo("C.3252.112A008", "C.3252.112A009", null, null));
        link.respond(0x8108, new Nickname(Command.NICKNAME_RESPONSE, 2, "EVSE0708"));
        link.respond(0x8107, request -> new OutputCurrent(Command.OUTPUT_CURRENT_RESPONSE, 2, 16));
        link.respond(0x810F, new LanguageSetting(Command.LANGUAGE_RESPONSE, 2, 1));
        link.respond(0x8112, new TemperatureUnitSetting(Command.TEMPERATURE_UNIT_RESPONSE, 2, 1));
        link.respond(0x810D, new OfflineChargeSetting(Command.OFFLINE_CHARGE_RESPONSE, 2, 0));
        link.respond(0x8104, new FeeSetting(Command.CHARGE_FEE_RESPONSE, 2, 1, BigDecimal.ONE));
        link.respond(0x8105, new FeeSetting(Command.SERVICE_FEE_RESPONSE, 2, 1, BigDecimal.ZERO));
        link.respond(0x8101, request -> echoTime(request.payload()));
        link.respond(0x800D, decode(Command.STATUS_RECORD, STATUS_CHARGING));
        link.respond(0x8006, decode(Command.CHARGING_STATUS_RESPONSE, CHARGING_STATUS));
        return this;
    }

    /**
     * Link up, announcement, login and the reads after it.
     */
    ScriptedFixture loggedIn() {
        session.linkUp();
        link.deliver(FakeLink.loginInfo(Command.LOGIN_ANNOUNCEMENT, 1, 32));
        scheduler.advance(Duration.ofSeconds(1));
        if (session.state() != SessionState.LOGGED_IN) {
            throw new AssertionError("not logged in: " + listener.states);
        }
        return this;
    }

    /**
     * Runs the simulation until the command completed, at most 20 s.
     */
    <T> CompletableFuture<T> complete(CompletableFuture<T> command) {
        for (int step = 0; step < 200 && !command.isDone(); step++) {
            advanceSeconds(0.1);
        }
        return command;
    }

    /**
     * The charger sends a heading every 10 s from now on, as it does while a client is registered.
     */
    ScriptedFixture withHeadings() {
        scheduler.scheduleWithFixedDelay(() -> link.deliver(new Heading()), 10, 10, TimeUnit.SECONDS);
        return this;
    }

    void advanceSeconds(double seconds) {
        scheduler.advance(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    static Message decode(Command command, String payloadHex) {
        try {
            return Messages.decode(command.code(), HexFormat.of().parseHex(payloadHex));
        } catch (ProtocolException e) {
            throw new AssertionError(e);
        }
    }

    private static Message echoTime(byte[] request) {
        try {
            SystemTime time = SystemTime.decode(Command.SYSTEM_TIME, request);
            return new SystemTime(Command.SYSTEM_TIME_RESPONSE, time.actionCode(), time.time());
        } catch (ProtocolException e) {
            throw new AssertionError(e);
        }
    }
}
