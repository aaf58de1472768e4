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

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A Mosquitto broker process of its own on a free loopback port, anonymous or with one user (mosquitto_passwd).
 * Needs the Debian package {@code mosquitto}; the system service is not used.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class MosquittoBroker implements AutoCloseable {

    public static final String USER = "openhab";
    public static final String PASSWORD = "s3cret-Pass";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final Path directory;
    private final Process process;
    private final int port;

    private MosquittoBroker(Path directory, Process process, int port) {
        this.directory = directory;
        this.process = process;
        this.port = port;
    }

    /**
     * @param withPassword whether clients must log in as {@link #USER} with {@link #PASSWORD}
     */
    public static MosquittoBroker start(boolean withPassword) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("mosquitto");
        // started as root, mosquitto reads its files as the user mosquitto
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        int port = freePort();
        StringBuilder config = new StringBuilder();
        config.append("listener ").append(port).append(" 127.0.0.1\n").append("persistence false\n");
        if (withPassword) {
            Path passwords = directory.resolve("passwd");
            run(List.of(executable("mosquitto_passwd"), "-b", "-c", passwords.toString(), USER, PASSWORD));
            config.append("allow_anonymous false\npassword_file ").append(passwords).append('\n');
        } else {
            config.append("allow_anonymous true\n");
        }
        Path configFile = directory.resolve("mosquitto.conf");
        Files.writeString(configFile, config, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(executable("mosquitto"), "-c", configFile.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("mosquitto.log").toFile()).start();
        MosquittoBroker broker = new MosquittoBroker(directory, process, port);
        broker.awaitListening();
        return broker;
    }

    public int port() {
        return port;
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited: " + Files.readString(directory.resolve("mosquitto.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IOException("mosquitto did not listen on port " + port + " within " + START_TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String executable(String name) {
        for (String directory : List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return name;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " failed");
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteQuietly(directory);
    }

    private static void deleteQuietly(@Nullable Path directory) {
        if (directory == null) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // a leftover temporary directory does not matter
        }
    }
}
