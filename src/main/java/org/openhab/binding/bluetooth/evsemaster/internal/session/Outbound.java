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

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Messages;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.PasswordChange;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TypedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes datagrams to the link strictly one after another (spec §1.6): the next write starts when the previous one
 * completed. Datagrams are built at write time with the charger's serial (learnt from its datagrams, spec §2.3) and
 * the PIN. A PIN change takes effect once the 0x8102 that carries it was written: the charger processes datagrams in
 * arrival order, so every later datagram must carry the new PIN, and a 0x8102 that could not be written changed
 * nothing. Until the charger confirms the change, the previous PIN is kept as an alternative (see
 * {@link #tryAlternatePin()}).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class Outbound {

    /** More waiting writes than this means the link no longer completes writes; further ones fail at once. */
    static final int MAX_BACKLOG = 32;

    private final Logger logger = LoggerFactory.getLogger(Outbound.class);
    private final EvseLink link;
    private final SessionTimers timers;
    private final List<PendingWrite> backlog = new ArrayList<>();
    private String pin;
    private @Nullable String alternatePin;
    private byte @Nullable [] serial;
    private boolean writing;
    private int connection;

    Outbound(EvseLink link, SessionTimers timers, String pin) {
        this.link = link;
        this.timers = timers;
        this.pin = pin;
    }

    void learnSerial(byte[] chargerSerial) {
        if (!Arrays.equals(serial, chargerSerial)) {
            serial = chargerSerial;
        }
    }

    boolean knowsSerial() {
        return serial != null;
    }

    /**
     * @return the serial as 16 hex digits, empty while unknown
     */
    String serialHex() {
        byte[] known = serial;
        return known == null ? "" : HexFormat.of().formatHex(known);
    }

    /**
     * @return completes when the link has taken the datagram; fails if it could not be written
     */
    CompletableFuture<@Nullable Void> send(TypedMessage message) {
        CompletableFuture<@Nullable Void> written = new CompletableFuture<>();
        if (backlog.size() >= MAX_BACKLOG) {
            logger.debug("Write backlog full, {} not sent", message.command());
            written.completeExceptionally(new IOException("write backlog full"));
            return written;
        }
        backlog.add(new PendingWrite(message, written));
        writeNext();
        return written;
    }

    /**
     * The link went down or was replaced: waiting writes fail, a write in progress no longer blocks the next one.
     */
    void reset() {
        connection++;
        writing = false;
        List<PendingWrite> dropped = List.copyOf(backlog);
        backlog.clear();
        dropped.forEach(write -> write.written().completeExceptionally(new IOException("link down")));
    }

    /**
     * The charger refused the PIN: after a PIN change that was not confirmed, switch to the other PIN once.
     *
     * @return whether there was another PIN to try
     */
    boolean tryAlternatePin() {
        String alternate = alternatePin;
        if (alternate == null) {
            return false;
        }
        alternatePin = null;
        pin = alternate;
        return true;
    }

    /**
     * The charger accepted the PIN in use (it answered the PIN change, or a login).
     */
    void pinConfirmed() {
        alternatePin = null;
    }

    int backlog() {
        return backlog.size() + (writing ? 1 : 0);
    }

    private void writeNext() {
        while (!writing && !backlog.isEmpty()) {
            PendingWrite next = backlog.remove(0);
            byte[] knownSerial = serial;
            if (knownSerial == null) {
                next.written().completeExceptionally(new IOException("charger serial not known yet"));
                continue;
            }
            Datagram datagram = Messages.toCharger(knownSerial, pin, next.message());
            logger.trace("> {}", datagram.toMaskedHex());
            writing = true;
            int writtenOn = connection;
            link.write(datagram.encode())
                    .whenComplete((ignored, failure) -> timers.locked(() -> finished(writtenOn, next, failure)));
        }
    }

    private void finished(int writtenOn, PendingWrite write, @Nullable Throwable failure) {
        boolean current = writtenOn == connection;
        if (current) {
            writing = false;
        }
        if (write.message() instanceof PasswordChange change) {
            changingPin(change.newPassword(), failure == null);
        }
        if (failure == null) {
            write.written().complete(null);
        } else {
            logger.debug("Writing {} failed: {}", write.message().command(), failure.getMessage());
            write.written().completeExceptionally(failure);
        }
        if (current) {
            writeNext();
        }
    }

    /**
     * A written 0x8102 changed the PIN for every later datagram; one that could not be written probably changed
     * nothing. Either way the other PIN stays at hand until the charger confirms the one in use, for the case that
     * the charger did (or did not) process the request after all.
     */
    private void changingPin(String newPin, boolean written) {
        if (written) {
            alternatePin = pin;
            pin = newPin;
        } else {
            alternatePin = newPin;
        }
    }

    /**
     * A datagram waiting for its turn.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    private record PendingWrite(TypedMessage message, CompletableFuture<@Nullable Void> written) {
    }
}
