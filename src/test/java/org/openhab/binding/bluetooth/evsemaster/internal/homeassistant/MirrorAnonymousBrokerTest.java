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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The broker tests against a Mosquitto without credentials.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class MirrorAnonymousBrokerTest extends AbstractMirrorBrokerTest {

    @RegisterExtension
    static final MosquittoExtension BROKER = new MosquittoExtension(false);

    @Override
    MosquittoBroker broker() {
        return BROKER.broker();
    }

    @Override
    @Nullable
    String username() {
        return null;
    }
}
