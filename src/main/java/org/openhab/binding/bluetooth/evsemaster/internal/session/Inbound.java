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
package org.openhab.binding.bluetooth.evsemaster.internal.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Direction;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.FrameAssembler;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Message;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications to charger messages (spec §7.1 steps 2–3): reassembles the stream, validates each datagram (§2.9),
 * counts it as a sign of life for the watchdog, learns the serial, and decodes the payload. Invalid datagrams,
 * datagrams in the client direction and undecodable payloads are logged and skipped.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class Inbound {

    private final Logger logger = LoggerFactory.getLogger(Inbound.class);
    private final FrameAssembler assembler = new FrameAssembler();
    private final Outbound outbound;
    private final Watchdog watchdog;

    Inbound(Outbound outbound, Watchdog watchdog) {
        this.outbound = outbound;
        this.watchdog = watchdog;
    }

    /**
     * @param chunk one notification
     * @return the charger messages it completes, in stream order
     */
    List<Message> feed(byte[] chunk) {
        List<Message> messages = new ArrayList<>();
        for (byte[] frame : assembler.feed(chunk)) {
            Datagram datagram;
            try {
                datagram = Datagram.decode(frame);
            } catch (ProtocolException e) {
                logger.debug("Ignoring an invalid datagram: {}", e.getMessage());
                continue;
            }
            watchdog.onValidDatagram();
            logger.trace("< {}", datagram.toMaskedHex());
            if (datagram.direction() != Direction.CHARGER_TO_CLIENT) {
                logger.debug("Ignoring client command 0x{}", Integer.toHexString(datagram.command()));
                continue;
            }
            outbound.learnSerial(datagram.serial());
            try {
                messages.add(Messages.decode(datagram));
            } catch (ProtocolException e) {
                logger.debug("Ignoring command 0x{}: {}", Integer.toHexString(datagram.command()), e.getMessage());
            }
        }
        return messages;
    }

    /**
     * Drops a partial datagram (the link went down).
     */
    void clear() {
        assembler.clear();
    }

    int buffered() {
        return assembler.buffered();
    }
}
