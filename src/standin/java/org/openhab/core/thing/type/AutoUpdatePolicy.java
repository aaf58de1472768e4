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
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.type.AutoUpdatePolicy} for compiling and testing the
 * binding only: whether the framework should turn a command into a state update.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum AutoUpdatePolicy {
    VETO,
    DEFAULT,
    RECOMMEND;

    /**
     * Parses a policy, ignoring case.
     *
     * @param input the text
     * @return the policy or {@code null} if the text is {@code null}
     * @throws IllegalArgumentException if the text names no policy
     */
    public static @Nullable AutoUpdatePolicy parse(@Nullable String input) {
        if (input == null) {
            return null;
        }
        for (AutoUpdatePolicy value : values()) {
            if (value.name().equalsIgnoreCase(input)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown auto update policy: '" + input + "'");
    }
}
