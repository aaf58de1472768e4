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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The broker tests against a Mosquitto without credentials.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class MirrorAnonymousBrokerTest extends AbstractMirrorBrokerTest {

    private static @Nullable MosquittoBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = MosquittoBroker.start(false);
    }

    @AfterAll
    static void stopBroker() {
        MosquittoBroker current = broker;
        if (current != null) {
            current.close();
        }
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
        return null;
    }
}
