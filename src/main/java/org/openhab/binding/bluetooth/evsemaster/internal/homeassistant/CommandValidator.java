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

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Checks a command payload from Home Assistant against what the entity's discovery config allows.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class CommandValidator {

    static final String ON = "ON";
    static final String OFF = "OFF";
    static final String PRESS = "PRESS";

    private CommandValidator() {
    }

    /**
     * @param component a commandable component
     * @param payload what Home Assistant sent
     * @param device the charger (rated current)
     * @return the command in canonical form ({@code ON}/{@code OFF}, whole amperes, the name, the option,
     *         {@code PRESS}), null if the payload is invalid
     */
    static @Nullable String validate(Component component, String payload, DeviceInfo device) {
        return switch (component.platform()) {
            case SWITCH -> ON.equals(payload) || OFF.equals(payload) ? payload : null;
            case NUMBER -> amperes(payload, device.ratedCurrentAmperes());
            case TEXT -> payload.matches(DiscoveryPayload.NAME_PATTERN) ? payload : null;
            case SELECT -> component.options().contains(payload) ? payload : null;
            case BUTTON -> PRESS.equals(payload) ? payload : null;
            default -> null;
        };
    }

    private static @Nullable String amperes(String payload, int ratedCurrent) {
        BigDecimal value;
        try {
            value = new BigDecimal(payload.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(DeviceInfo.MIN_CURRENT_AMPERES)) < 0
                || value.compareTo(BigDecimal.valueOf(ratedCurrent)) > 0) {
            return null;
        }
        return value.toBigInteger().toString();
    }
}
