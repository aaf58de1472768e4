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
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One task of a {@link ManualScheduler}, completing like a {@link FutureTask} but never blocking: {@link #get()} on
 * a task that has not run yet fails at once. A period of 0 means one-shot; {@code fixedRate} chooses between the two
 * kinds of periodic task (they only differ in how the next due time is computed).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class VirtualTask<V> extends FutureTask<V> implements ScheduledFuture<V> {

    private final ManualScheduler scheduler;
    private final long periodNanos;
    private final boolean fixedRate;
    private final long order;
    private Instant due;

    VirtualTask(ManualScheduler scheduler, Callable<V> callable, Instant due, long periodNanos, boolean fixedRate) {
        super(callable);
        this.scheduler = scheduler;
        this.order = scheduler.nextSequence();
        this.due = due;
        this.periodNanos = periodNanos;
        this.fixedRate = fixedRate;
    }

    Instant due() {
        return due;
    }

    boolean repeating() {
        return periodNanos > 0;
    }

    void runAtDueTime() {
        if (!repeating()) {
            run();
            return;
        }
        Instant started = due;
        if (runAndReset()) {
            due = fixedRate ? started.plusNanos(periodNanos) : scheduler.now().plusNanos(periodNanos);
            scheduler.requeue(this);
        }
    }

    @Override
    @NonNullByDefault({})
    protected void setException(Throwable failure) {
        super.setException(failure);
        scheduler.recordFailure(failure);
    }

    @Override
    public V get() throws ExecutionException, InterruptedException {
        if (!isDone()) {
            throw new IllegalStateException("task has not run yet in virtual time; advance the scheduler first");
        }
        return super.get();
    }

    /**
     * Virtual time does not pass while the caller waits, so a task that has not run yet times out at once.
     */
    @Override
    @NonNullByDefault({})
    public V get(long timeout, TimeUnit unit) throws ExecutionException, InterruptedException, TimeoutException {
        if (!isDone()) {
            throw new TimeoutException("task has not run yet in virtual time");
        }
        return super.get();
    }

    @Override
    @NonNullByDefault({})
    public long getDelay(TimeUnit unit) {
        return unit.convert(Duration.between(scheduler.now(), due));
    }

    @Override
    public int compareTo(Delayed other) {
        if (other instanceof VirtualTask<?> that) {
            int byDue = due.compareTo(that.due);
            return byDue != 0 ? byDue : Long.compare(order, that.order);
        }
        return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(order);
    }
}
