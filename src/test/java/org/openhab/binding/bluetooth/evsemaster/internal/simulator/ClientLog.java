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
package org.openhab.binding.bluetooth.evsemaster.internal.simulator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the client sent to the simulated charger: every well-framed datagram and every mistake. Tests assert on it,
 * e.g. that a session never sent garbage: {@code assertThat(simulator.log().mistakes(), is(empty()))}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class ClientLog {

    private final List<ReceivedDatagram> received = new ArrayList<>();
    private final List<ClientMistake> mistakes = new ArrayList<>();

    synchronized void add(ReceivedDatagram datagram) {
        received.add(datagram);
    }

    synchronized void add(ClientMistake mistake) {
        mistakes.add(mistake);
    }

    /**
     * @return every datagram with a valid frame and key type 0, in arrival order (also those later ignored)
     */
    public synchronized List<ReceivedDatagram> received() {
        return List.copyOf(received);
    }

    /**
     * @return the command codes of {@link #received()}, in order
     */
    public synchronized List<Integer> receivedCommands() {
        return received.stream().map(ReceivedDatagram::command).toList();
    }

    /**
     * @return the received datagrams with this command, in order
     */
    public synchronized List<ReceivedDatagram> received(int command) {
        return received.stream().filter(datagram -> datagram.command() == command).toList();
    }

    /**
     * @return the last received datagram with this command, or null
     */
    public synchronized @Nullable ReceivedDatagram lastReceived(int command) {
        List<ReceivedDatagram> matching = received(command);
        return matching.isEmpty() ? null : matching.get(matching.size() - 1);
    }

    /**
     * @return every mistake, ignored or tolerated, in order
     */
    public synchronized List<ClientMistake> mistakes() {
        return List.copyOf(mistakes);
    }

    /**
     * @return the input the charger ignored (garbage, invalid datagrams, malformed or unexpected requests)
     */
    public synchronized List<ClientMistake> ignored() {
        return mistakes.stream().filter(ClientMistake::ignored).toList();
    }

    /**
     * @return requests the charger acted on although the client deviated from the spec
     */
    public synchronized List<ClientMistake> tolerated() {
        return mistakes.stream().filter(mistake -> !mistake.ignored()).toList();
    }

    /**
     * Forgets everything recorded so far.
     */
    public synchronized void clear() {
        received.clear();
        mistakes.clear();
    }
}
