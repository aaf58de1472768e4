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
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.bluetooth.evsemaster.internal.LogCapture;

/**
 * The broker tests against a Mosquitto with user name and password. Every log line of openHAB's and the binding's
 * loggers, at TRACE, is captured over the whole class: the MQTT password must appear in none of them.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class MirrorAuthenticatedBrokerTest extends AbstractMirrorBrokerTest {

    @RegisterExtension
    static final MosquittoExtension BROKER = new MosquittoExtension(true);

    private static @Nullable LogCapture log;

    @BeforeAll
    static void captureTheLog() {
        log = LogCapture.start("org.openhab");
    }

    @AfterAll
    static void checkTheLog() {
        LogCapture capture = Objects.requireNonNull(log);
        capture.close();
        List<String> lines = capture.texts();
        assertThat(lines, is(not(empty())));
        assertThat(lines, everyItem(not(containsString(MosquittoBroker.PASSWORD))));
    }

    @Override
    MosquittoBroker broker() {
        return BROKER.broker();
    }

    @Override
    @Nullable
    String username() {
        return MosquittoBroker.USER;
    }
}
