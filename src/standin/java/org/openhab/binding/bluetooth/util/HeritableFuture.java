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

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.util.HeritableFuture} (compile/test only, never shipped):
 * a {@link CompletableFuture} whose cancellation also cancels its "parent" - the upstream future it was derived
 * from, or the stage returned by a {@code thenCompose*} function. Dependent futures are HeritableFutures too, so
 * cancelling the last future of a chain cancels the whole chain.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class HeritableFuture<T> extends CompletableFuture<T> {

    protected final Object futureLock = new Object();
    protected @Nullable Future<?> parentFuture;

    public HeritableFuture() {
    }

    public HeritableFuture(Future<?> parent) {
        this.parentFuture = parent;
    }

    /** Dependent stages are HeritableFutures with this future as parent. */
    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new HeritableFuture<>(this);
    }

    /**
     * Replaces the parent with the supplied future (evaluated under the lock). If this future is already cancelled,
     * the supplied future is cancelled instead. Supplying this future itself is ignored.
     */
    @SuppressWarnings("PMD.CompareObjectsWithEquals")
    protected void setParentFuture(Supplier<@Nullable Future<?>> futureSupplier) {
        synchronized (futureLock) {
            Future<?> newParent = futureSupplier.get();
            if (newParent == this) {
                return;
            }
            if (newParent != null && isCancelled()) {
                newParent.cancel(true);
            } else {
                parentFuture = newParent;
            }
        }
    }

    /** Cancels this future first, then its parent. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (!completeExceptionally(new CancellationException())) {
            return isCancelled();
        }
        synchronized (futureLock) {
            Future<?> parent = parentFuture;
            parentFuture = null;
            if (parent != null) {
                parent.cancel(mayInterruptIfRunning);
            }
        }
        return true;
    }

    /** The stage returned by {@code fn} becomes the parent of the returned future. */
    @Override
    @NonNullByDefault({})
    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return composeWithParent(fn, link -> super.thenCompose(link));
    }

    /** The stage returned by {@code fn} becomes the parent of the returned future. */
    @Override
    @NonNullByDefault({})
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) {
        return composeWithParent(fn, link -> super.thenComposeAsync(link));
    }

    /** The stage returned by {@code fn} becomes the parent of the returned future. */
    @Override
    @NonNullByDefault({})
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn,
            Executor executor) {
        return composeWithParent(fn, link -> super.thenComposeAsync(link, executor));
    }

    private <U> CompletableFuture<U> composeWithParent(Function<? super T, ? extends CompletionStage<U>> fn,
            Function<Function<T, CompletionStage<U>>, CompletableFuture<U>> composer) {
        ParentLink<U> link = new ParentLink<>(fn);
        CompletableFuture<U> composed = composer.apply(link::apply);
        if (composed instanceof HeritableFuture<U> heritable) {
            link.attach(heritable);
        }
        return composed;
    }

    /**
     * Wraps a compose function so that the stage it returns becomes the parent of the composed future. The function
     * may run before {@link #attach} (when this future is already complete); the stage is then kept until attach.
     */
    private final class ParentLink<U> {
        private final Function<? super T, ? extends CompletionStage<U>> fn;
        private @Nullable HeritableFuture<U> composed;
        private @Nullable CompletionStage<U> pendingStage;

        ParentLink(Function<? super T, ? extends CompletionStage<U>> fn) {
            this.fn = fn;
        }

        CompletionStage<U> apply(T value) {
            CompletionStage<U> stage = fn.apply(value);
            synchronized (this) {
                HeritableFuture<U> target = composed;
                if (target == null) {
                    pendingStage = stage;
                } else {
                    target.setParentFuture(stage::toCompletableFuture);
                }
            }
            return stage;
        }

        synchronized void attach(HeritableFuture<U> target) {
            composed = target;
            CompletionStage<U> stage = pendingStage;
            if (stage != null) {
                target.setParentFuture(stage::toCompletableFuture);
            }
        }
    }
}
