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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.openhab.binding.bluetooth.evsemaster.internal.session.Futures.valueOf;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.LogCapture;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;

/**
 * Proves that the session never logs the PIN, not even at TRACE, where every datagram is logged: neither in clear
 * nor as the hex of its ASCII bytes, neither the PIN in use nor a new one.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class SessionLogTest {

    private static final String PIN = "837261";
    private static final String NEW_PIN = "594836";
    private @Nullable LogCapture log;

    @BeforeEach
    void captureEverything() {
        log = LogCapture.start(org.slf4j.Logger.ROOT_LOGGER_NAME, LogLevels.SESSION_PACKAGE);
    }

    @AfterEach
    void restore() {
        LogCapture current = log;
        if (current != null) {
            current.close();
        }
    }

    @Test
    void noLogLineContainsThePinThroughLoginCommandsAPinChangeAndAWrongPin() {
        SessionConfig config = new SessionConfig(PIN, SessionFixture.ZONE, SessionConfig.DEFAULT_WATCHDOG_TIMEOUT,
                SessionConfig.DEFAULT_RELAY_GUARD, true, SessionConfig.DEFAULT_CLOCK_DRIFT_THRESHOLD, false);
        SessionFixture fixture = new SessionFixture(new SimulatorConfig().pin(PIN), config).loggedIn();
        fixture.charger.vehicle().plugIn();
        valueOf(fixture.complete(fixture.session.startCharging(ChargeRequest.now(16))));
        fixture.advanceSeconds(120);
        valueOf(fixture.complete(fixture.session.stopCharging()));
        valueOf(fixture.complete(fixture.session.changePin(NEW_PIN)));
        valueOf(fixture.complete(fixture.session.setLanguage(Language.GERMAN)));
        fixture.session.changePin("12345x");
        fixture.charger.faults().goSilent();
        fixture.advanceSeconds(60);
        fixture.session.close();
        logger(config).debug("{}", config);

        SessionFixture wrong = new SessionFixture(new SimulatorConfig().pin(NEW_PIN), config);
        wrong.link.connect();
        wrong.advanceSeconds(30);

        LogCapture capture = Objects.requireNonNull(log);
        List<String> lines = capture.texts();
        assertThat(capture.events().stream().filter(event -> event.getLevel() == Level.TRACE).count(),
                is(greaterThan(100L)));
        assertThat(wrong.session.state(), is(SessionState.WRONG_PASSWORD));
        for (String secret : List.of(PIN, NEW_PIN, asciiHex(PIN), asciiHex(NEW_PIN))) {
            assertThat(lines, everyItem(not(containsString(secret))));
        }
        assertThat(config.toString(), not(containsString(PIN)));
    }

    private static org.slf4j.Logger logger(SessionConfig config) {
        return LoggerFactory.getLogger(SessionLogTest.class);
    }

    private static String asciiHex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.US_ASCII));
    }
}
