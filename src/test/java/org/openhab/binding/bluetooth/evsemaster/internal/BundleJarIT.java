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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opens the bundle jar that {@code package} built and checks what openHAB will see when a user drops it into the
 * {@code addons} folder.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class BundleJarIT {

    private static final String OWN_CLASSES = "org/openhab/binding/bluetooth/evsemaster/";
    private static final String FACTORY = "org.openhab.binding.bluetooth.evsemaster.internal.EvseHandlerFactory";

    private @NonNullByDefault({}) JarFile jar;
    private @NonNullByDefault({}) Attributes manifest;

    @BeforeEach
    void openJar() throws IOException {
        jar = new JarFile(Objects.requireNonNull(System.getProperty("bundle.jar"), "failsafe passes the jar path"));
        manifest = Objects.requireNonNull(jar.getManifest(), "the jar has a manifest").getMainAttributes();
    }

    @AfterEach
    void closeJar() throws IOException {
        jar.close();
    }

    @Test
    void identifiesItselfAsTheBundleOfThisAddon() {
        assertThat(manifest.getValue("Bundle-SymbolicName"), is("org.openhab.binding.bluetooth.evsemaster"));
        assertThat(manifest.getValue("Bundle-ManifestVersion"), is("2"));
        assertThat(manifest.getValue("Bundle-Version"), matchesPattern("5\\.2\\.0(\\.\\d{12})?"));
        assertThat(manifest.getValue("Require-Capability"), containsString("(osgi.ee=JavaSE)(version=21)"));
    }

    @Test
    void importsTheOpenhabPackagesItNeedsWithoutVersionRanges() {
        List<String> imports = importedPackages();
        assertThat(imports, hasItems("org.openhab.core.thing", "org.openhab.core.thing.binding",
                "org.openhab.binding.bluetooth", "org.openhab.core.io.transport.mqtt"));
        assertThat(imports, everyItem(not(startsWith("org.eclipse.jdt.annotation"))));
        assertThat(imports, everyItem(not(startsWith("org.openhab.binding.bluetooth.evsemaster"))));
    }

    @Test
    void declaresTheHandlerFactoryAsDeclarativeServicesComponent() throws IOException {
        String components = manifest.getValue("Service-Component");
        String descriptor = "OSGI-INF/" + FACTORY + ".xml";
        assertThat(components, containsString(descriptor));
        String xml = read(descriptor);
        assertThat(xml, containsString("configuration-pid=\"binding.bluetooth.evsemaster\""));
        assertThat(xml, containsString("<provide interface=\"org.openhab.core.thing.binding.ThingHandlerFactory\"/>"));
    }

    @Test
    void carriesTheAddonMetadata() throws IOException {
        assertThat(read("OH-INF/addon/addon.xml"), containsString("id=\"bluetooth.evsemaster\""));
        assertThat(read("OH-INF/thing/thing-types.xml"), containsString("<thing-type id=\"evsemaster\">"));
        assertThat(read("OH-INF/i18n/bluetooth.properties"), containsString("thing-type.bluetooth.evsemaster.label"));
        assertThat(jar.getEntry("NOTICE"), is(notNullValue()));
    }

    @Test
    void containsOnlyItsOwnClasses() {
        List<String> foreignClasses = jar.stream().map(JarEntry::getName).filter(name -> name.endsWith(".class"))
                .filter(name -> !name.startsWith(OWN_CLASSES)).toList();
        assertThat(foreignClasses, is(empty()));
        List<String> topLevel = jar.stream().map(JarEntry::getName).map(name -> name.split("/")[0]).distinct().toList();
        assertThat(topLevel, containsInAnyOrder("META-INF", "OSGI-INF", "OH-INF", "org", "NOTICE"));
    }

    @Test
    void decodesALogLineWithPlainJavaAndNoOpenhabOnTheClassPath() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C03 of the device captures: a heading from a BS20, as a user would paste it from a TRACE log line
        Process decoder = new ProcessBuilder(java, "-jar", jar.getName(), "decode",
                "RX: 06:01:00:19:00:91:81:10:27:51:21:95:13:ff:ff:ff:ff:ff:ff:00:03:08:80:0f:02").start();
        String output = new String(decoder.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(decoder.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(errors, decoder.waitFor(), is(0));
        assertThat(output, containsString("\"command\":\"0x0003\""));
        assertThat(output, containsString("\"serial\":\"9181102751219513\""));
        assertThat(output.lines().count(), is(1L));
    }

    private List<String> importedPackages() {
        String header = manifest.getValue("Import-Package");
        assertThat(header, is(notNullValue()));
        // Split on commas outside quoted version ranges, then drop the attributes after ';'.
        return Arrays.stream(Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").split(header))
                .map(clause -> clause.split(";")[0].trim()).toList();
    }

    private String read(String entryName) throws IOException {
        JarEntry entry = Objects.requireNonNull(jar.getJarEntry(entryName), entryName);
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
