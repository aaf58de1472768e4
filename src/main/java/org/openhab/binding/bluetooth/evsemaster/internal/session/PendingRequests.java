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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Message;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.SettingAction;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.SystemTime;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TypedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests that expect an answer, sent one at a time (spec §5.2 step 6, §5.4): the next goes out after the previous
 * one was answered, timed out or could not be written. An answer is the charger datagram whose command is the
 * request's answer command (0x8107 → 0x0107); an unsolicited clock report (0x0101 with action 0) never is. Answers
 * that arrive after their request timed out are not matched to anything. While closed (not logged in) every
 * submission fails at once with {@link CommandFailure#NOT_LOGGED_IN}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class PendingRequests {

    private final Logger logger = LoggerFactory.getLogger(PendingRequests.class);
    private final Outbound outbound;
    private final SessionTimers timers;
    private final Duration answerTimeout;
    private final List<Pending<?>> queue = new ArrayList<>();
    private @Nullable Pending<?> inFlight;
    private SessionTimers.@Nullable Timer timeout;
    private boolean open;

    PendingRequests(Outbound outbound, SessionTimers timers, Duration answerTimeout) {
        this.outbound = outbound;
        this.timers = timers;
        this.answerTimeout = answerTimeout;
    }

    /**
     * @param answerType the record the answer decodes to
     * @return completes with the answer, or fails with a {@link CommandException}
     * @throws IllegalArgumentException if the request is not answered by the charger (an acknowledgement)
     */
    <R extends Message> CompletableFuture<R> submit(TypedMessage request, Class<R> answerType) {
        Command answer = request.command().answer();
        if (answer == null) {
            throw new IllegalArgumentException(request.command() + " is not answered");
        }
        if (!open) {
            return CommandException.failed(CommandFailure.NOT_LOGGED_IN, "not logged in");
        }
        Pending<R> pending = new Pending<>(request.command(), request, answer, answerType, new CompletableFuture<>());
        queue.add(pending);
        sendNext();
        return pending.future();
    }

    /**
     * Sends a request of the session itself; a failure is logged, nobody waits for it.
     */
    void submitInternal(TypedMessage request) {
        submit(request, Message.class);
    }

    /**
     * @return whether the message answered the request in flight (which then completes)
     */
    boolean complete(Message message) {
        Pending<?> pending = inFlight;
        if (pending == null || !pending.isAnsweredBy(message)) {
            return false;
        }
        finishInFlight();
        pending.complete(message);
        return true;
    }

    /**
     * The charger answered the request in flight with a password error.
     */
    void refuseInFlight(String reason) {
        Pending<?> pending = inFlight;
        if (pending != null) {
            finishInFlight();
            pending.fail(new CommandException(CommandFailure.REFUSED, pending.command() + " refused: " + reason));
        }
    }

    void open() {
        open = true;
    }

    /**
     * Stops accepting requests and fails every waiting one.
     */
    void close(CommandFailure failure, String reason) {
        open = false;
        List<Pending<?>> failed = new ArrayList<>(queue);
        queue.clear();
        Pending<?> pending = inFlight;
        if (pending != null) {
            failed.add(0, pending);
            inFlight = null;
        }
        cancelTimeout();
        failed.forEach(request -> request.fail(new CommandException(failure, request.command() + ": " + reason)));
    }

    int size() {
        return queue.size() + (inFlight == null ? 0 : 1);
    }

    private void sendNext() {
        if (inFlight != null || queue.isEmpty()) {
            return;
        }
        Pending<?> next = queue.remove(0);
        inFlight = next;
        timeout = timers.schedule(answerTimeout, () -> timedOut(next));
        outbound.send(next.request()).whenComplete((ignored, failure) -> {
            if (failure != null) {
                notWritten(next);
            }
        });
    }

    private void timedOut(Pending<?> pending) {
        if (pending.equals(inFlight)) {
            logger.debug("{} not answered within {}", pending.command(), answerTimeout);
            finishInFlight();
            pending.fail(new CommandException(CommandFailure.TIMEOUT,
                    pending.command() + " not answered within " + answerTimeout.toSeconds() + " s"));
        }
    }

    private void notWritten(Pending<?> pending) {
        if (pending.equals(inFlight)) {
            finishInFlight();
            pending.fail(new CommandException(CommandFailure.LINK_LOST, pending.command() + " could not be written"));
        }
    }

    /**
     * Frees the slot and sends the next request before the finished one's future completes, so that code reacting
     * to the completion finds the queue consistent.
     */
    private void finishInFlight() {
        inFlight = null;
        cancelTimeout();
        sendNext();
    }

    private void cancelTimeout() {
        SessionTimers.Timer running = timeout;
        if (running != null) {
            running.cancel();
            timeout = null;
        }
    }

    /**
     * A request and the future of its answer.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    private record Pending<R extends Message> (Command command, TypedMessage request, Command answer,
            Class<R> answerType, CompletableFuture<R> future) {

        boolean isAnsweredBy(Message message) {
            boolean clockReport = message instanceof SystemTime time && time.action() == SettingAction.REPORT;
            return message.commandCode() == answer.code() && answerType.isInstance(message) && !clockReport;
        }

        void complete(Message message) {
            future.complete(answerType.cast(message));
        }

        void fail(CommandException failure) {
            future.completeExceptionally(failure);
        }
    }
}
