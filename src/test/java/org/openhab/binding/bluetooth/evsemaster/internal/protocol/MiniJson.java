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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A minimal strict JSON parser for the decode tool's output: objects become {@code Map<String, Object>} (in order),
 * arrays {@code List<Object>}, strings {@code String}, numbers {@code BigDecimal}, booleans {@code Boolean} and
 * {@code null} the marker {@link #NULL}. Any syntax error or trailing text throws {@link IllegalArgumentException}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class MiniJson {

    /** Stands for JSON {@code null}. */
    static final Object NULL = new Object();

    private final String text;
    private int position;

    private MiniJson(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        MiniJson parser = new MiniJson(text);
        Object value = parser.value();
        if (parser.position != text.length()) {
            throw parser.error("trailing text");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("not an object: " + value);
        }
        return (Map<String, Object>) value;
    }

    /**
     * @return the value at a path of member names, e.g. {@code at(json, "fields", "voltageL1", "value")}
     */
    static Object at(Object json, String... path) {
        Object value = json;
        for (String name : path) {
            Object member = object(value).get(name);
            if (member == null) {
                throw new IllegalArgumentException("no member " + name + " in " + value);
            }
            value = member;
        }
        return value;
    }

    private Object value() {
        char c = peek();
        return switch (c) {
            case '{' -> parseObject();
            case '[' -> parseArray();
            case '"' -> parseString();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> parseNumber();
        };
    }

    private Map<String, Object> parseObject() {
        Map<String, Object> members = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            position++;
            return members;
        }
        do {
            String name = parseString();
            expect(':');
            if (members.put(name, value()) != null) {
                throw error("duplicate member " + name);
            }
        } while (next() == ',');
        position--;
        expect('}');
        return members;
    }

    private List<Object> parseArray() {
        List<Object> elements = new ArrayList<>();
        expect('[');
        if (peek() == ']') {
            position++;
            return elements;
        }
        do {
            elements.add(value());
        } while (next() == ',');
        position--;
        expect(']');
        return elements;
    }

    private String parseString() {
        expect('"');
        StringBuilder string = new StringBuilder();
        for (char c = next(); c != '"'; c = next()) {
            if (c < 0x20) {
                throw error("control character in string");
            }
            if (c != '\\') {
                string.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> string.append(escaped);
                case 'n' -> string.append('\n');
                case 'r' -> string.append('\r');
                case 't' -> string.append('\t');
                case 'b' -> string.append('\b');
                case 'f' -> string.append('\f');
                case 'u' -> {
                    string.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> throw error("bad escape \\" + escaped);
            }
        }
        return string.toString();
    }

    private BigDecimal parseNumber() {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        try {
            return new BigDecimal(text.substring(start, position));
        } catch (NumberFormatException e) {
            throw error("bad number");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("expected " + word);
        }
        position += word.length();
        return value;
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected " + c);
        }
    }

    private char peek() {
        if (position >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(position);
    }

    private char next() {
        char c = peek();
        position++;
        return c;
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at " + position + " in " + text);
    }
}
