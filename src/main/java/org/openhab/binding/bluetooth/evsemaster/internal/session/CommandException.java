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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A command of {@link EvseSession} failed. The session completes the command's future exceptionally with it, so
 * {@code future.get()} throws an {@code ExecutionException} and {@code join()} a {@code CompletionException} whose
 * cause is this exception; {@link #unwrap(Throwable)} finds it in either.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final CommandFailure failure;
    private final int[] reasonCodes;
    private final @Nullable Duration retryAfter;

    /**
     * @param message human-readable, never containing the PIN
     * @param reasonCodes for {@link CommandFailure#REFUSED}: the charger's codes, in the order documented by the
     *            command that fails
     */
    public CommandException(CommandFailure failure, String message, int... reasonCodes) {
        this(failure, message, null, reasonCodes);
    }

    private CommandException(CommandFailure failure, String message, @Nullable Duration retryAfter,
            int... reasonCodes) {
        super(message);
        this.failure = failure;
        this.reasonCodes = reasonCodes.clone();
        this.retryAfter = retryAfter;
    }

    /**
     * @param remaining time until the relay guard allows the next start
     */
    public static CommandException relayGuard(String message, Duration remaining) {
        return new CommandException(CommandFailure.RELAY_GUARD, message, remaining);
    }

    /**
     * @return a future that has failed with a new exception of this kind
     */
    static <T> CompletableFuture<T> failed(CommandFailure failure, String message, int... reasonCodes) {
        return CompletableFuture.failedFuture(new CommandException(failure, message, reasonCodes));
    }

    public CommandFailure getFailure() {
        return failure;
    }

    /**
     * @return the charger's reason codes of a {@link CommandFailure#REFUSED}, else empty
     */
    public List<Integer> getReasonCodes() {
        return Arrays.stream(reasonCodes).boxed().toList();
    }

    /**
     * @return for {@link CommandFailure#RELAY_GUARD}: how long until a start is allowed again, else null
     */
    public @Nullable Duration getRetryAfter() {
        return retryAfter;
    }

    /**
     * @param failure what a command future failed with (possibly wrapped in a {@code CompletionException} or
     *            {@code ExecutionException})
     * @return the {@link CommandException} in the cause chain, or null if there is none
     */
    public static @Nullable CommandException unwrap(@Nullable Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof CommandException commandException) {
                return commandException;
            }
            cause = cause.getCause();
        }
        return null;
    }
}
