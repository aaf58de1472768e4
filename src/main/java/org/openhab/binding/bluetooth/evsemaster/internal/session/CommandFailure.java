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
 * Why a command failed; carried by {@link CommandException}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum CommandFailure {
    /** The charger did not answer within the answer timeout (5 s). */
    TIMEOUT,
    /** The charger answered but refused; the exception carries the charger's reason codes. */
    REFUSED,
    /** The link went down (or the registration was lost, or the session was closed) before the answer came. */
    LINK_LOST,
    /** The session was not logged in when the command was given. */
    NOT_LOGGED_IN,
    /** An argument is outside what the charger accepts; nothing was sent. */
    INVALID_ARGUMENT,
    /** A start within the relay-wear guard interval of the previous start or stop; nothing was sent. */
    RELAY_GUARD
}
