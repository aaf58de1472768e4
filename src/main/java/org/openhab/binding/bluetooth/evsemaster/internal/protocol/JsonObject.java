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
package org.openhab.binding.bluetooth.evsemaster.internal.protocol;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.CodedEnum;

/**
 * A hand-written JSON object for the decode tool, built member by member. Output is pure ASCII: strings escape
 * quotes, backslashes, control characters and every non-ASCII character as {@code \}{@code uXXXX}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class JsonObject {

    /** Unit stated for device times: the charger's wall clock (spec §2.11). */
    static final String CHARGER_TIME = "charger local time";

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private final StringBuilder json = new StringBuilder("{");

    JsonObject add(String name, @Nullable String value) {
        return member(name, value == null ? "null" : quote(value));
    }

    JsonObject add(String name, long value) {
        return member(name, Long.toString(value));
    }

    JsonObject add(String name, boolean value) {
        return member(name, Boolean.toString(value));
    }

    JsonObject add(String name, JsonObject value) {
        return member(name, value.toString());
    }

    /**
     * Adds {@code {"value":…,"unit":…}}; a null value is written as JSON null (e.g. "no sensor", "no limit").
     */
    JsonObject quantity(String name, @Nullable BigDecimal value, String unit) {
        return member(name,
                "{\"value\":" + (value == null ? "null" : value.toPlainString()) + ",\"unit\":" + quote(unit) + "}");
    }

    JsonObject quantity(String name, long value, String unit) {
        return quantity(name, BigDecimal.valueOf(value), unit);
    }

    /**
     * Adds a device time as {@code {"value":"2025-01-01T12:00:00","unit":"charger local time"}}, null if not set.
     */
    JsonObject time(String name, @Nullable LocalDateTime wallClock) {
        String value = wallClock == null ? "null" : quote(SECONDS.format(wallClock));
        return member(name, "{\"value\":" + value + ",\"unit\":" + quote(CHARGER_TIME) + "}");
    }

    /**
     * Adds {@code {"code":…,"name":…}}: the raw wire code and the name of its enumeration constant.
     */
    JsonObject coded(String name, int code, CodedEnum value) {
        return member(name, "{\"code\":" + code + ",\"name\":" + quote(value.toString()) + "}");
    }

    JsonObject strings(String name, Collection<String> values) {
        return member(name, "[" + String.join(",", values.stream().map(JsonObject::quote).toList()) + "]");
    }

    JsonObject objects(String name, Collection<JsonObject> values) {
        return member(name, "[" + String.join(",", values.stream().map(JsonObject::toString).toList()) + "]");
    }

    @Override
    public String toString() {
        return json + "}";
    }

    /**
     * @return the text as a JSON string literal
     */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c < 0x20 || c > 0x7E ? String.format(Locale.ROOT, "\\u%04x", (int) c) : c);
            }
        }
        return quoted.append('"').toString();
    }

    private JsonObject member(String name, String value) {
        if (json.length() > 1) {
            json.append(',');
        }
        json.append(quote(name)).append(':').append(value);
        return this;
    }
}
