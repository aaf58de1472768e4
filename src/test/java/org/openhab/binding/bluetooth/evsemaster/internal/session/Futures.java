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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Reads completed command futures without blocking.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class Futures {

    private Futures() {
    }

    /**
     * @return the value of a future that must have completed normally
     */
    static <T> T valueOf(CompletableFuture<T> future) {
        assertThat("future is done", future.isDone(), is(true));
        try {
            return future.join();
        } catch (CompletionException e) {
            throw new AssertionError("future failed: " + e.getCause(), e);
        }
    }

    /**
     * @return the failure of a future that must have completed with a {@link CommandException}
     */
    static CommandException failureOf(CompletableFuture<?> future) {
        assertThat("future is done", future.isDone(), is(true));
        assertThat("future failed", future.isCompletedExceptionally(), is(true));
        try {
            future.join();
        } catch (CompletionException e) {
            CommandException failure = CommandException.unwrap(e);
            if (failure != null) {
                return failure;
            }
            throw new AssertionError("not a CommandException: " + e.getCause(), e);
        }
        throw new AssertionError("future did not fail");
    }

    static CommandFailure failureKindOf(CompletableFuture<?> future) {
        return failureOf(future).getFailure();
    }
}
