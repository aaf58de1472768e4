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

/**
 * Why the {@link SessionState} changed; the transition table is in {@link SessionState}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum SessionReason {
    /** The link came up and notifications are enabled. */
    LINK_UP,
    /** The announcement arrived (or the wait for it ended with the serial known): 0x8002 was sent. */
    LOGIN_REQUESTED,
    /** The charger accepted the login (0x0002). */
    LOGIN_ACCEPTED,
    /** The link went down unexpectedly. */
    LINK_LOST,
    /** The charger did not answer the login requests; the session asked the link to drop. */
    LOGIN_TIMEOUT,
    /** The charger refused the PIN (0x0155). */
    WRONG_PASSWORD,
    /** No valid datagram within the watchdog timeout; the session asked the link to drop. */
    DEAD_LINK,
    /** The link drop that follows a rename (spec §4.11): expected, not an error. */
    RENAMED,
    /** A login announcement (0x0001) arrived while logged in: the charger dropped the registration. */
    REGISTRATION_LOST,
    /** {@code close()} was called. */
    CLOSED
}
