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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Fault injection for the simulated charger. Each method arms or triggers one misbehaviour; the outbound ones act on
 * the next notifications the charger sends.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class Faults {

    /** Frame offset corrupted by {@link #corruptNextDatagram()}: a serial byte, inside the checksummed range. */
    public static final int DEFAULT_CORRUPT_OFFSET = 10;

    private final ChargerSimulator simulator;
    private final NotificationPipe pipe;

    Faults(ChargerSimulator simulator, NotificationPipe pipe) {
        this.simulator = simulator;
        this.pipe = pipe;
    }

    /**
     * The charger drops the link after {@code count} more bytes of its outgoing stream (0 = before the next byte);
     * the datagram being sent arrives truncated.
     */
    public void dropLinkAfterBytes(long count) {
        pipe.dropAfterBytes(count);
    }

    /**
     * The charger drops the link right after the last byte of its {@code count}-th next datagram.
     */
    public void dropLinkAfterDatagrams(int count) {
        pipe.dropAfterDatagrams(count);
    }

    /**
     * The charger drops the link now.
     */
    public void dropLinkNow() {
        simulator.chargerDropsLink();
    }

    /**
     * The charger stops sending anything and stops processing what it receives (it still records it); its
     * registration timer keeps running, so a long silence ends the registration.
     */
    public void goSilent() {
        simulator.setSilent(true);
    }

    public void resume() {
        simulator.setSilent(false);
    }

    /**
     * Flips one byte (XOR 0x5a) of the next outgoing datagram at {@link #DEFAULT_CORRUPT_OFFSET}: its checksum no
     * longer matches.
     */
    public void corruptNextDatagram() {
        corruptNextDatagram(DEFAULT_CORRUPT_OFFSET);
    }

    /**
     * @param frameOffset which byte of the next outgoing datagram to flip (clamped to its last byte)
     */
    public void corruptNextDatagram(int frameOffset) {
        pipe.corruptNext(frameOffset);
    }

    /**
     * The next notification is delivered twice in a row.
     */
    public void duplicateNextNotification() {
        pipe.duplicateNext();
    }

    /**
     * The charger's controller restarts while the BLE module keeps the link: a running session ends (stop text
     * "Power Down"), the registration is lost, bytes in flight are lost, nothing is answered during the boot time,
     * then it announces again on the same link. Serial, settings, clock and energy counter are kept.
     */
    public void reboot() {
        simulator.reboot();
    }

    /**
     * Like {@link #reboot()}, but the power cut also drops the BLE link and the charger does not advertise until the
     * boot time has passed.
     */
    public void powerCycle() {
        simulator.chargerDropsLink();
        simulator.reboot();
    }

    /**
     * @param delay time between a datagram's arrival and its answer from now on
     */
    public void answerSlowly(Duration delay) {
        simulator.configuration().timing().answerDelay(delay);
    }
}
