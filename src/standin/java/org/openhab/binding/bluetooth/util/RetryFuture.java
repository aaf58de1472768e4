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
package org.openhab.binding.bluetooth.util;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.util.RetryFuture} (compile/test only, never shipped):
 * runs a {@link Callable} (or composes a future from a {@link Supplier}) on a scheduler and completes with its
 * result. A {@link RetryException} reschedules the task after the requested delay; any other exception completes
 * the future exceptionally. Cancelling the future cancels the scheduled attempt.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class RetryFuture<T> extends HeritableFuture<T> {

    private final ScheduledExecutorService scheduler;

    public RetryFuture(Callable<T> callable, ScheduledExecutorService scheduler, long delay, TimeUnit unit) {
        this.scheduler = scheduler;
        setParentFuture(() -> scheduler.schedule(new CallAttempt(callable), delay, unit));
    }

    public RetryFuture(Supplier<CompletableFuture<T>> supplier, ScheduledExecutorService scheduler, long delay,
            TimeUnit unit) {
        this.scheduler = scheduler;
        setParentFuture(() -> scheduler.schedule(new ComposeAttempt(supplier), delay, unit));
    }

    @Override
    public Executor defaultExecutor() {
        return scheduler;
    }

    private void retryLater(Runnable attempt, RetryException retry) {
        setParentFuture(() -> isDone() ? null : scheduler.schedule(attempt, retry.delay, retry.unit));
    }

    /** One attempt of a callable task. */
    private final class CallAttempt implements Runnable {
        private final Callable<T> callable;

        CallAttempt(Callable<T> callable) {
            this.callable = callable;
        }

        @Override
        public void run() {
            try {
                complete(callable.call());
            } catch (RetryException e) {
                retryLater(this, e);
            } catch (Exception e) { // Callable.call() declares Exception; every failure completes the future
                completeExceptionally(e);
            }
        }
    }

    /** One attempt of a supplied future. */
    private final class ComposeAttempt implements Runnable {
        private final Supplier<CompletableFuture<T>> supplier;

        ComposeAttempt(Supplier<CompletableFuture<T>> supplier) {
            this.supplier = supplier;
        }

        @Override
        public void run() {
            CompletableFuture<T> future = supplier.get();
            setParentFuture(() -> future);
            future.whenComplete(this::onAttemptDone);
        }

        private void onAttemptDone(@Nullable T result, @Nullable Throwable failure) {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof RetryException retry) {
                retryLater(this, retry);
            } else if (cause != null) {
                completeExceptionally(cause);
            } else {
                complete(result);
            }
        }
    }

    /** Same as {@code new RetryFuture<>(callable, scheduler, 0, NANOSECONDS)}. */
    public static <T> CompletableFuture<T> callWithRetry(Callable<T> callable, ScheduledExecutorService scheduler) {
        return new RetryFuture<>(callable, scheduler, 0, TimeUnit.NANOSECONDS);
    }

    public static <T> CompletableFuture<T> scheduleWithRetry(Callable<T> callable, ScheduledExecutorService scheduler,
            long delay, TimeUnit unit) {
        return new RetryFuture<>(callable, scheduler, delay, unit);
    }

    /**
     * Like {@link #scheduleWithRetry}, but exceptions of the listed types also trigger a retry after
     * {@code retryDelay}.
     */
    @SafeVarargs
    public static <T> CompletableFuture<T> scheduleWithRetryForExceptions(Callable<T> callable,
            ScheduledExecutorService scheduler, long initDelay, long retryDelay, TimeUnit unit,
            Class<? extends Exception>... exceptions) {
        Callable<T> retryingCallable = () -> {
            try {
                return callable.call();
            } catch (RetryException e) {
                throw e;
            } catch (Exception e) { // Callable.call() declares Exception; matching types become retries
                for (Class<? extends Exception> retryOn : exceptions) {
                    if (retryOn.isInstance(e)) {
                        throw new RetryException(retryDelay, unit);
                    }
                }
                throw e;
            }
        };
        return new RetryFuture<>(retryingCallable, scheduler, initDelay, unit);
    }

    public static <T> CompletableFuture<T> composeWithRetry(Supplier<CompletableFuture<T>> supplier,
            ScheduledExecutorService scheduler) {
        return new RetryFuture<>(supplier, scheduler, 0, TimeUnit.NANOSECONDS);
    }

    public static <T> CompletableFuture<T> composeWithRetry(Supplier<CompletableFuture<T>> supplier,
            ScheduledExecutorService scheduler, long initDelay, TimeUnit unit) {
        return new RetryFuture<>(supplier, scheduler, initDelay, unit);
    }
}
