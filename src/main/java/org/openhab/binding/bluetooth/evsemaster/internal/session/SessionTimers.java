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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The session's only source of timing: one-shot timers on the injected scheduler whose tasks run with the session's
 * lock held. A cancelled timer never runs its task, even if the scheduler had already started it and it was waiting
 * for the lock.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class SessionTimers {

    private final ScheduledExecutorService scheduler;
    private final Object lock;

    /**
     * @param lock the monitor of the session's synchronized entry points
     */
    SessionTimers(ScheduledExecutorService scheduler, Object lock) {
        this.scheduler = scheduler;
        this.lock = lock;
    }

    Timer schedule(Duration delay, Runnable task) {
        Timer timer = new Timer(task);
        timer.future = scheduler.schedule(() -> locked(timer::fire), delay.toNanos(), TimeUnit.NANOSECONDS);
        return timer;
    }

    /**
     * @return a future completed after {@code delay}
     */
    CompletableFuture<@Nullable Void> delay(Duration delay) {
        CompletableFuture<@Nullable Void> elapsed = new CompletableFuture<>();
        schedule(delay, () -> elapsed.complete(null));
        return elapsed;
    }

    /**
     * Runs a callback of another thread (e.g. a write completion) under the session's lock.
     */
    void locked(Runnable task) {
        synchronized (lock) {
            task.run();
        }
    }

    /**
     * One scheduled task.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    static final class Timer {

        private final Runnable task;
        private boolean done;
        private @Nullable ScheduledFuture<?> future;

        private Timer(Runnable task) {
            this.task = task;
        }

        void cancel() {
            done = true;
            ScheduledFuture<?> scheduled = future;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }

        private void fire() {
            if (!done) {
                done = true;
                task.run();
            }
        }
    }
}
