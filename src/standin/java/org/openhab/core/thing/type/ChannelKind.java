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
package org.openhab.core.thing.type;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.type.ChannelKind} for compiling and testing the binding
 * only: state or trigger channel.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum ChannelKind {
    STATE,
    TRIGGER;

    /**
     * Parses a channel kind, ignoring case.
     *
     * @param input the text, {@code null} means {@link #STATE}
     * @return the channel kind
     * @throws IllegalArgumentException if the text names no channel kind
     */
    public static ChannelKind parse(@Nullable String input) {
        if (input == null) {
            return STATE;
        }
        for (ChannelKind value : values()) {
            if (value.name().equalsIgnoreCase(input)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown channel kind: '" + input + "'");
    }
}
