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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one {@link MosquittoBroker} for a test class and stops it afterwards: register it as a static
 * {@code @RegisterExtension} field.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class MosquittoExtension implements BeforeAllCallback, AfterAllCallback {

    private final boolean withPassword;
    private @Nullable MosquittoBroker broker;

    /**
     * @param withPassword whether clients must log in as {@link MosquittoBroker#USER}
     */
    public MosquittoExtension(boolean withPassword) {
        this.withPassword = withPassword;
    }

    @Override
    public void beforeAll(@Nullable ExtensionContext context) throws Exception {
        broker = MosquittoBroker.start(withPassword);
    }

    @Override
    public void afterAll(@Nullable ExtensionContext context) {
        MosquittoBroker current = broker;
        broker = null;
        if (current != null) {
            current.close();
        }
    }

    /**
     * @throws IllegalStateException outside the test class's lifetime
     */
    public MosquittoBroker broker() {
        MosquittoBroker current = broker;
        if (current == null) {
            throw new IllegalStateException("broker not started");
        }
        return current;
    }
}
