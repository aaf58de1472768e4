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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Scheduled tasks that belong together (e.g. everything a registration sends) and are cancelled together. Repeating
 * chains stop rescheduling themselves once the group was cancelled, even if the cancel happened while they ran.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class TaskGroup {

    /**
     * Chooses the gap before the next run of a chain.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    @FunctionalInterface
    interface Gap {
        Duration next();
    }

    private final ScheduledExecutorService scheduler;
    private final List<ScheduledFuture<?>> futures = new ArrayList<>();
    private int generation;

    TaskGroup(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    void after(Duration delay, Runnable task) {
        futures.removeIf(Future::isDone);
        futures.add(scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS));
    }

    void every(Duration first, Duration period, Runnable task) {
        futures.add(scheduler.scheduleWithFixedDelay(task, first.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS));
    }

    /**
     * Runs {@code task} after {@code first}, then again and again after a gap drawn from {@code gap} each time.
     */
    void chain(Duration first, Runnable task, Gap gap) {
        int chainGeneration = generation;
        after(first, () -> {
            if (chainGeneration == generation) {
                task.run();
            }
            if (chainGeneration == generation) {
                chain(gap.next(), task, gap);
            }
        });
    }

    void cancelAll() {
        generation++;
        futures.forEach(future -> future.cancel(false));
        futures.clear();
    }
}
