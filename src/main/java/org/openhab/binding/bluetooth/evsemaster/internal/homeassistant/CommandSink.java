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

/**
 * Receives the validated commands Home Assistant sends.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface CommandSink {

    /**
     * Called on an MQTT client thread, never with the mirror's lock held; implementations return fast.
     *
     * @param channelId the channel id ({@link Components#SYNC_CLOCK} for the clock-sync button)
     * @param payload the command in canonical form: {@code ON}/{@code OFF}, whole amperes, the name, an option name,
     *            {@code PRESS}
     */
    void command(String channelId, String payload);
}
