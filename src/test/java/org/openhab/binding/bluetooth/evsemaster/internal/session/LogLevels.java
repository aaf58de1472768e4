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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * Keeps the session's debug lines out of the test output (Logback's default configuration prints DEBUG to the
 * console); {@link SessionLogTest} proves separately that TRACE is safe.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class LogLevels {

    static final String SESSION_PACKAGE = "org.openhab.binding.bluetooth.evsemaster.internal.session";

    private LogLevels() {
    }

    static void quietSession() {
        sessionLogger().setLevel(Level.INFO);
    }

    static Logger sessionLogger() {
        return (Logger) LoggerFactory.getLogger(SESSION_PACKAGE);
    }
}
