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
package org.openhab.binding.bluetooth.evsemaster.internal.homeassistant;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;

/**
 * The broker tests against a Mosquitto with user name and password. Every log line of openHAB's and the binding's
 * loggers, at TRACE, is captured over the whole class: the MQTT password must appear in none of them.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class MirrorAuthenticatedBrokerTest extends AbstractMirrorBrokerTest {

    private static final String CONSOLE_APPENDER = "CONSOLE";
    private static final ListAppender<ILoggingEvent> EVENTS = new ListAppender<>();
    private static final Logger OPENHAB = (Logger) LoggerFactory.getLogger("org.openhab");

    private static @Nullable MosquittoBroker broker;
    private static @Nullable Level openhabLevel;
    private static @Nullable Appender<ILoggingEvent> console;

    @BeforeAll
    static void startBroker() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        console = root.getAppender(CONSOLE_APPENDER);
        root.detachAppender(CONSOLE_APPENDER);
        openhabLevel = OPENHAB.getLevel();
        EVENTS.start();
        OPENHAB.addAppender(EVENTS);
        OPENHAB.setLevel(Level.TRACE);
        broker = MosquittoBroker.start(true);
    }

    @AfterAll
    static void stopBrokerAndCheckTheLog() {
        MosquittoBroker current = broker;
        if (current != null) {
            current.close();
        }
        OPENHAB.detachAppender(EVENTS);
        OPENHAB.setLevel(openhabLevel);
        Appender<ILoggingEvent> previous = console;
        if (previous != null) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(previous);
        }
        List<String> lines = EVENTS.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines, is(not(empty())));
        assertThat(lines, everyItem(not(containsString(MosquittoBroker.PASSWORD))));
    }

    @Override
    MosquittoBroker broker() {
        MosquittoBroker current = broker;
        if (current == null) {
            throw new IllegalStateException("broker not started");
        }
        return current;
    }

    @Override
    @Nullable
    String username() {
        return MosquittoBroker.USER;
    }
}
