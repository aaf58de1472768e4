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
import static org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.LogCapture;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;

import ch.qos.logback.classic.Level;

/**
 * Proves that no log line of the whole stack (root logger at TRACE) contains the PIN: through initialisation, login,
 * commands, a PIN change, a refused PIN, an invalid configuration and disposal, neither as text nor as the hex of its
 * ASCII bytes. This covers openHAB's {@code ConnectedBluetoothHandler} too, whose write helper would log every written
 * value as hex at DEBUG: the binding writes to the device directly.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class EvseHandlerLogTest {

    private static final String PIN = "837261";
    private static final String NEW_PIN = "594836";
    private @Nullable LogCapture log;

    @BeforeEach
    void captureEverything() {
        log = LogCapture.start(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @AfterEach
    void restore() {
        LogCapture current = log;
        if (current != null) {
            current.close();
        }
    }

    @Test
    void noLogLineContainsThePin() throws ExecutionException {
        HandlerDriver driver = new HandlerDriver(new SimulatorConfig().pin(PIN));
        driver.rig().configure(CONFIG_PASSWORD, PIN);
        driver.online();
        EvseActions actions = new EvseActions();
        actions.setThingHandler(driver.handler());
        driver.handler().handleCommand(new ChannelUID(HandlerRig.THING_UID, CHANNEL_CHARGING), OnOffType.ON);
        driver.handler().handleCommand(new ChannelUID(HandlerRig.THING_UID, CHANNEL_LANGUAGE),
                new StringType("GERMAN"));
        driver.run(Duration.ofSeconds(5));
        driver.complete(CompletableFuture.supplyAsync(() -> actions.changePin(NEW_PIN)));
        driver.run(Duration.ofSeconds(5));
        driver.dispose();

        HandlerDriver wrong = new HandlerDriver(new SimulatorConfig().pin(NEW_PIN));
        wrong.rig().configure(CONFIG_PASSWORD, PIN);
        wrong.handler().initialize();
        wrong.rig().awaitConnectRequests(1);
        wrong.run(Duration.ofSeconds(30));
        wrong.dispose();

        HandlerDriver invalid = new HandlerDriver(new SimulatorConfig());
        invalid.rig().configure(CONFIG_PASSWORD, PIN + "0");
        invalid.handler().initialize();
        invalid.dispose();

        LogCapture capture = Objects.requireNonNull(log);
        assertThat(capture.events().stream().filter(event -> event.getLevel() == Level.TRACE).count(),
                is(greaterThan(50L)));
        for (String secret : List.of(PIN, NEW_PIN, asciiHex(PIN), asciiHex(NEW_PIN))) {
            assertThat(capture.texts(), everyItem(not(containsString(secret))));
        }
    }

    private static String asciiHex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.US_ASCII));
    }
}
