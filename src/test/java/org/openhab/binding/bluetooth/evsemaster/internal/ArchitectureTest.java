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
package org.openhab.binding.bluetooth.evsemaster.internal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keeps the inner rings free of openHAB: the protocol codec runs under plain {@code java -jar} (the decode tool),
 * and protocol and session are unit-tested without any openHAB type.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ArchitectureTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java/org/openhab/binding/bluetooth/evsemaster/internal");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @ParameterizedTest(name = "{0} imports only {1}")
    @CsvSource(delimiter = '|', value = { //
            "protocol | java.,org.eclipse.jdt.annotation.,org.openhab.binding.bluetooth.evsemaster.internal.protocol.",
            "session  | java.,org.eclipse.jdt.annotation.,org.slf4j.,org.openhab.binding.bluetooth.evsemaster.internal.protocol.,org.openhab.binding.bluetooth.evsemaster.internal.session.",
            "homeassistant | java.,org.eclipse.jdt.annotation.,org.slf4j.,com.google.gson.,org.openhab.binding.bluetooth.evsemaster.internal.protocol.,org.openhab.binding.bluetooth.evsemaster.internal.session.,org.openhab.binding.bluetooth.evsemaster.internal.homeassistant." })
    void innerRingImportsOnlyAllowedPackages(String ring, String allowedPrefixes) throws IOException {
        Path ringSources = MAIN_SOURCES.resolve(ring);
        assertThat(ringSources + " exists", Files.isDirectory(ringSources), is(true));
        List<String> allowed = List.of(allowedPrefixes.split(","));
        List<String> violations;
        try (Stream<Path> files = Files.walk(ringSources)) {
            violations = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> forbiddenImports(file, allowed)).toList();
        }
        assertThat(violations, is(empty()));
    }

    private static Stream<String> forbiddenImports(Path file, List<String> allowed) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            return Stream.of(file + ": unreadable (" + e.getMessage() + ")");
        }
        Matcher matcher = IMPORT.matcher(source);
        Stream.Builder<String> forbidden = Stream.builder();
        while (matcher.find()) {
            String imported = matcher.group(1);
            if (allowed.stream().noneMatch(imported::startsWith)) {
                forbidden.add(file.getFileName() + " imports " + imported);
            }
        }
        return forbidden.build();
    }
}
