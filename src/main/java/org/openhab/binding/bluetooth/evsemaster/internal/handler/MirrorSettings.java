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
package org.openhab.binding.bluetooth.evsemaster.internal.handler;

import static org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MirrorConfig.*;

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.InvalidMirrorParameterException;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MirrorConfig;
import org.openhab.core.config.core.Configuration;

/**
 * Reads the Home Assistant mirror settings from the Thing configuration.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class MirrorSettings {

    private MirrorSettings() {
    }

    /**
     * @param raw the Thing configuration
     * @return the name of the first invalid mirror parameter, null if all are valid
     */
    static @Nullable String invalidParameter(Configuration raw) {
        try {
            mirrorConfig(raw);
            return null;
        } catch (InvalidMirrorParameterException e) {
            return e.parameter();
        }
    }

    /**
     * @param raw the Thing configuration
     * @return the mirror settings; off if no broker host is set
     * @throws InvalidMirrorParameterException naming the first invalid parameter
     */
    static MirrorConfig mirrorConfig(Configuration raw) {
        return new MirrorConfig(text(raw, PARAM_HOST, ""), integer(raw, PARAM_PORT, DEFAULT_PORT), flag(raw, PARAM_TLS),
                text(raw, PARAM_USERNAME, ""), text(raw, PARAM_PASSWORD, ""),
                text(raw, PARAM_DISCOVERY_PREFIX, DEFAULT_DISCOVERY_PREFIX),
                text(raw, PARAM_BASE_TOPIC, DEFAULT_BASE_TOPIC), flag(raw, PARAM_COMMANDS_ALLOWED));
    }

    private static String text(Configuration raw, String key, String fallback) {
        @Nullable
        Object value = raw.get(key);
        return value == null ? fallback : value.toString();
    }

    private static int integer(Configuration raw, String key, int fallback) {
        @Nullable
        Object value = raw.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return new BigDecimal(value.toString().trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidMirrorParameterException(key, "is not a whole number");
        }
    }

    private static boolean flag(Configuration raw, String key) {
        @Nullable
        Object value = raw.get(key);
        if (value == null || value instanceof Boolean || "true".equals(value) || "false".equals(value)) {
            return Boolean.TRUE.equals(value) || "true".equals(value);
        }
        throw new InvalidMirrorParameterException(key, "is not true or false");
    }
}
