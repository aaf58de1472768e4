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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Byte fixtures for protocol tests, loaded from two resource files next to this class:
 * <ul>
 * <li>{@code captures.txt}: every complete datagram (C01 … C31), notification fragment (C17, C19) and payload-only
 * capture (P01 … P09; P07 holds two payloads, P07a and P07b) of shared/captures/device-captures.md, each with its
 * provenance. These are real bytes from chargers, the official app and evseMQTT.</li>
 * <li>{@code spec-vectors.txt}: the synthetic test vectors of the specification §8.1/§8.2, ids {@code V-<name>}
 * (e.g. {@code V-request-login}, {@code V-ac-status-3p-charging}).</li>
 * </ul>
 * Usage: {@code Captures.get("C02")} for the bytes, {@code Captures.capture("C02").payload()} for the payload,
 * {@link #all()} / {@link #specVectors()} / {@link #datagrams()} for parameterised tests.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class Captures {

    private static final List<Capture> DEVICE = load("captures.txt");
    private static final List<Capture> VECTORS = load("spec-vectors.txt");
    private static final Map<String, Capture> BY_ID = index();

    private Captures() {
    }

    /**
     * @param id capture or vector id, e.g. "C02", "P07a", "V-heading"
     * @return a copy of its bytes
     * @throws IllegalArgumentException for an unknown id
     */
    public static byte[] get(String id) {
        return capture(id).bytes();
    }

    /**
     * @throws IllegalArgumentException for an unknown id
     */
    public static Capture capture(String id) {
        Capture capture = BY_ID.get(id);
        if (capture == null) {
            throw new IllegalArgumentException("no capture " + id);
        }
        return capture;
    }

    /**
     * @return the real captures of captures.txt, in file order
     */
    public static List<Capture> all() {
        return DEVICE;
    }

    /**
     * @return the specification's test vectors, in file order
     */
    public static List<Capture> specVectors() {
        return VECTORS;
    }

    /**
     * @return every complete datagram: the DATAGRAM captures, then the specification vectors
     */
    public static List<Capture> datagrams() {
        List<Capture> datagrams = new ArrayList<>(ofKind(Capture.Kind.DATAGRAM));
        datagrams.addAll(VECTORS);
        return List.copyOf(datagrams);
    }

    /**
     * @return the real captures of one kind
     */
    public static List<Capture> ofKind(Capture.Kind kind) {
        return DEVICE.stream().filter(c -> c.kind() == kind).toList();
    }

    private static Map<String, Capture> index() {
        Map<String, Capture> byId = new LinkedHashMap<>();
        for (Capture capture : concat(DEVICE, VECTORS)) {
            if (byId.put(capture.id(), capture) != null) {
                throw new IllegalStateException("duplicate capture id " + capture.id());
            }
        }
        return byId;
    }

    private static List<Capture> concat(List<Capture> first, List<Capture> second) {
        List<Capture> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<Capture> load(String resource) {
        try (InputStream in = Captures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " not found");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Capture> captures = new ArrayList<>();
            Map<String, String> entry = new HashMap<>();
            for (String line : reader.lines().toList()) {
                if (line.isBlank()) {
                    addEntry(captures, entry, resource);
                    entry = new HashMap<>();
                } else if (!line.startsWith("#")) {
                    putField(entry, line, resource);
                }
            }
            addEntry(captures, entry, resource);
            return List.copyOf(captures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putField(Map<String, String> entry, String line, String resource) {
        int colon = line.indexOf(": ");
        if (colon < 0 || entry.put(line.substring(0, colon), line.substring(colon + 2)) != null) {
            throw new IllegalStateException(resource + ": malformed or repeated field in line: " + line);
        }
    }

    private static void addEntry(List<Capture> captures, Map<String, String> entry, String resource) {
        if (entry.isEmpty()) {
            return;
        }
        String id = required(entry, "id", resource);
        captures.add(new Capture(id, Capture.Kind.valueOf(required(entry, "kind", id)),
                required(entry, "description", id), required(entry, "label", id), required(entry, "source", id),
                entry.getOrDefault("transport", ""), entry.getOrDefault("decoded", ""), entry.getOrDefault("notes", ""),
                parseExpected(entry.get("expect")), HexFormat.of().parseHex(required(entry, "hex", id))));
    }

    private static Map<String, String> parseExpected(@Nullable String facts) {
        Map<String, String> expected = new HashMap<>();
        if (facts != null) {
            for (String fact : facts.split(" ")) {
                String[] keyValue = fact.split("=", 2);
                expected.put(keyValue[0], keyValue[1]);
            }
        }
        return expected;
    }

    private static String required(Map<String, String> entry, String key, String where) {
        String value = entry.get(key);
        if (value == null) {
            throw new IllegalStateException(where + ": missing field " + key);
        }
        return value;
    }
}
