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
 * The state of an {@link EvseSession} (spec §5.2, §5.3). Transitions, with the {@link SessionReason} they report:
 *
 * <pre>
 * from                   event                                            to                     reason
 * DISCONNECTED           linkUp()                                         AWAITING_ANNOUNCEMENT  LINK_UP
 * AWAITING_ANNOUNCEMENT  0x0001, or 10 s without it when the serial is    LOGGING_IN             LOGIN_REQUESTED
 *                        known (0x8002 sent)
 * LOGGING_IN             0x0002 (0x8001 sent)                             LOGGED_IN              LOGIN_ACCEPTED
 * LOGGING_IN             four 0x8002 unanswered (link.drop())             DISCONNECTED           LOGIN_TIMEOUT
 * LOGGED_IN              0x0001: the charger forgot the registration      LOGGING_IN             REGISTRATION_LOST
 * any linked state       0x0155 wrong password                            WRONG_PASSWORD         WRONG_PASSWORD
 * any linked state       0x0155 after a PIN change the charger did not    LOGGING_IN             LOGIN_REQUESTED
 *                        confirm: the other PIN is tried, once
 * any linked state       linkDown()                                       DISCONNECTED           LINK_LOST, or
 *                                                                                                RENAMED after setName
 * any linked state       no valid datagram for the watchdog timeout       DISCONNECTED           DEAD_LINK
 *                        (link.drop())
 * any linked state       linkUp() again (the link was replaced)           AWAITING_ANNOUNCEMENT  LINK_UP
 * any state              close()                                          CLOSED                 CLOSED
 * </pre>
 *
 * The linked states are AWAITING_ANNOUNCEMENT, LOGGING_IN and LOGGED_IN. WRONG_PASSWORD and CLOSED are final: the
 * session ignores the link and sends nothing until it is closed (a new session with a new PIN replaces it).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum SessionState {
    /** No link; waiting for {@code linkUp()}. */
    DISCONNECTED,
    /** Link up and notifications enabled; waiting for the 0x0001 login announcement. */
    AWAITING_ANNOUNCEMENT,
    /** 0x8002 sent; waiting for 0x0002 (or 0x0155). */
    LOGGING_IN,
    /** Registered: headings are answered and commands accepted. */
    LOGGED_IN,
    /** The charger refused the PIN; nothing is retried. */
    WRONG_PASSWORD,
    /** {@code close()} was called; final. */
    CLOSED;

    /**
     * @return whether the session is using the link: awaiting the announcement, logging in or logged in
     */
    public boolean isLinked() {
        return this == AWAITING_ANNOUNCEMENT || this == LOGGING_IN || this == LOGGED_IN;
    }
}
