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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A deterministic {@link ScheduledExecutorService} on virtual time, for tests. Nothing runs until the test calls
 * {@link #advance(Duration)} or {@link #runDueTasks()}; everything then runs on the calling thread, in order of due
 * time and, for equal due times, in order of submission. While a task runs, {@link #now()} is its due time, so tasks
 * see the virtual instant at which they were meant to run. {@link #clock()} is a {@link Clock} (zone UTC) over the
 * same virtual time. No real thread, no real time: {@link Future#get()} on a task that has not run yet fails instead of
 * blocking.
 * <p>
 * A task that throws does what it does in a real executor (its future completes exceptionally, a periodic task stops),
 * and additionally, by default, {@link #advance} / {@link #runDueTasks} rethrow the failure as an
 * {@link AssertionError} once the task has run, so that a bug in a scheduled task cannot go unnoticed. Tests that
 * provoke failing tasks on purpose call {@link #setRethrowTaskFailures(boolean) setRethrowTaskFailures(false)} and
 * inspect {@link #taskFailures()}.
 * <p>
 * After {@link #shutdown()} no task is accepted, periodic tasks stop and one-shot tasks that are already scheduled
 * still run (the default of {@code ScheduledThreadPoolExecutor}).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class ManualScheduler implements ScheduledExecutorService {

    /** Virtual start instant of {@link #ManualScheduler()}: 2025-01-01 12:00 in Central Europe. */
    public static final Instant DEFAULT_START = Instant.parse("2025-01-01T11:00:00Z");

    /** Pending tasks, sorted by due time and then by submission order. */
    private final List<VirtualTask<?>> queue = new ArrayList<>();
    private final List<Throwable> taskFailures = new ArrayList<>();
    private Instant now;
    private long sequence;
    private boolean running;
    private boolean shutdown;
    private boolean rethrowTaskFailures = true;
    private @Nullable Throwable unreportedFailure;

    public ManualScheduler() {
        this(DEFAULT_START);
    }

    /**
     * @param start the virtual instant at which time starts
     */
    public ManualScheduler(Instant start) {
        this.now = start;
    }

    /**
     * @return the current virtual instant
     */
    public synchronized Instant now() {
        return now;
    }

    /**
     * @return a clock in zone UTC that reads the virtual time of this scheduler
     */
    public Clock clock() {
        return new VirtualClock(ZoneOffset.UTC);
    }

    /**
     * Moves virtual time forward by {@code duration}, running every task that falls due on the way at its due time,
     * including tasks that those tasks schedule within the interval. Afterwards {@link #now()} is the old time plus
     * {@code duration}.
     *
     * @throws IllegalArgumentException if the duration is negative
     * @throws IllegalStateException if called from inside a task
     * @throws AssertionError if a task threw and failures are rethrown (the default)
     */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time cannot go backwards: " + duration);
        }
        Instant target;
        synchronized (this) {
            target = now.plus(duration);
        }
        runUntil(target);
    }

    /**
     * Advances in steps of {@code step} until {@code duration} has passed; convenient for long simulated runs where a
     * test wants to look at the state between steps.
     */
    public void advanceInSteps(Duration duration, Duration step, Runnable afterEachStep) {
        Instant target = now().plus(duration);
        while (now().isBefore(target)) {
            Duration left = Duration.between(now(), target);
            advance(left.compareTo(step) < 0 ? left : step);
            afterEachStep.run();
        }
    }

    /**
     * Runs every task that is due at the current virtual instant (including submitted and executed ones and those
     * they schedule for now) without moving time.
     *
     * @return how many tasks ran
     * @throws IllegalStateException if called from inside a task
     * @throws AssertionError if a task threw and failures are rethrown (the default)
     */
    public int runDueTasks() {
        return runUntil(now());
    }

    /**
     * @return tasks that are scheduled and neither cancelled nor finished (a periodic task counts once)
     */
    public synchronized int pendingTaskCount() {
        return (int) queue.stream().filter(task -> !task.isCancelled()).count();
    }

    /**
     * @return the delay until the next pending task is due, or null if none is pending
     */
    public synchronized @Nullable Duration nextTaskDelay() {
        return queue.stream().filter(task -> !task.isCancelled()).map(task -> Duration.between(now, task.due()))
                .min(Duration::compareTo).orElse(null);
    }

    /**
     * @return every exception a task has thrown so far, in order
     */
    public synchronized List<Throwable> taskFailures() {
        return List.copyOf(taskFailures);
    }

    /**
     * @param rethrow whether {@link #advance} and {@link #runDueTasks} throw an {@link AssertionError} after a task
     *            failed (default true)
     */
    public synchronized void setRethrowTaskFailures(boolean rethrow) {
        this.rethrowTaskFailures = rethrow;
    }

    private int runUntil(Instant target) {
        synchronized (this) {
            if (running) {
                throw new IllegalStateException("advance/runDueTasks called from inside a scheduled task");
            }
            running = true;
        }
        int ran = 0;
        try {
            VirtualTask<?> task;
            while ((task = pollDue(target)) != null) {
                task.runAtDueTime();
                ran++;
                rethrowFailure();
            }
            synchronized (this) {
                if (now.isBefore(target)) {
                    now = target;
                }
            }
        } finally {
            synchronized (this) {
                running = false;
            }
        }
        return ran;
    }

    private synchronized @Nullable VirtualTask<?> pollDue(Instant target) {
        while (!queue.isEmpty()) {
            VirtualTask<?> head = queue.get(0);
            if (head.due().isAfter(target)) {
                return null;
            }
            queue.remove(0);
            if (!head.isCancelled()) {
                if (head.due().isAfter(now)) {
                    now = head.due();
                }
                return head;
            }
        }
        return null;
    }

    private void rethrowFailure() {
        Throwable failure;
        synchronized (this) {
            failure = unreportedFailure;
            unreportedFailure = null;
        }
        if (failure != null && rethrowTaskFailures) {
            throw new AssertionError("a scheduled task failed: " + failure, failure);
        }
    }

    synchronized void recordFailure(Throwable failure) {
        taskFailures.add(failure);
        unreportedFailure = failure;
    }

    private synchronized <V> VirtualTask<V> enqueue(VirtualTask<V> task) {
        if (shutdown) {
            throw new RejectedExecutionException("scheduler is shut down");
        }
        insert(task);
        return task;
    }

    synchronized void requeue(VirtualTask<?> task) {
        if (!shutdown && !task.isCancelled()) {
            insert(task);
        }
    }

    private void insert(VirtualTask<?> task) {
        int index = queue.size();
        while (index > 0 && queue.get(index - 1).compareTo(task) > 0) {
            index--;
        }
        queue.add(index, task);
    }

    private synchronized Instant dueIn(long delay, TimeUnit unit) {
        return now.plusNanos(Math.max(0, unit.toNanos(delay)));
    }

    synchronized long nextSequence() {
        return sequence++;
    }

    @Override
    @NonNullByDefault({})
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return enqueue(new VirtualTask<>(this, Executors.callable(command, null), dueIn(delay, unit), 0, false));
    }

    @Override
    @NonNullByDefault({})
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return enqueue(new VirtualTask<>(this, callable, dueIn(delay, unit), 0, false));
    }

    @Override
    @NonNullByDefault({})
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return enqueue(new VirtualTask<>(this, Executors.callable(command, null), dueIn(initialDelay, unit),
                positive(period, unit), true));
    }

    @Override
    @NonNullByDefault({})
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return enqueue(new VirtualTask<>(this, Executors.callable(command, null), dueIn(initialDelay, unit),
                positive(delay, unit), false));
    }

    private static long positive(long period, TimeUnit unit) {
        if (period <= 0) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        return unit.toNanos(period);
    }

    @Override
    @NonNullByDefault({})
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    @NonNullByDefault({})
    public <T> Future<T> submit(Callable<T> task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    @NonNullByDefault({})
    public <T> Future<T> submit(Runnable task, T result) {
        return schedule(Executors.callable(task, result), 0, TimeUnit.NANOSECONDS);
    }

    @Override
    @NonNullByDefault({})
    public Future<?> submit(Runnable task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    /**
     * Runs the tasks immediately on the calling thread (a real executor would block the caller until they are done).
     */
    @Override
    @NonNullByDefault({})
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            FutureTask<T> future = new FutureTask<>(task);
            future.run();
            futures.add(future);
        }
        return futures;
    }

    /**
     * Runs the tasks immediately on the calling thread; virtual time does not pass, so the timeout never expires.
     */
    @Override
    @NonNullByDefault({})
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit) {
        return invokeAll(tasks);
    }

    /**
     * Runs the tasks one by one on the calling thread until one succeeds.
     */
    @Override
    @NonNullByDefault({})
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws ExecutionException {
        ExecutionException last = new ExecutionException("no task given", null);
        for (Future<T> future : invokeAll(tasks)) {
            try {
                return future.get();
            } catch (ExecutionException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExecutionException(e);
            }
        }
        throw last;
    }

    @Override
    @NonNullByDefault({})
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws ExecutionException {
        return invokeAny(tasks);
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
        queue.removeIf(VirtualTask::repeating);
    }

    @Override
    @NonNullByDefault({})
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> notRun = List.copyOf(queue);
        queue.clear();
        return notRun;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && queue.stream().allMatch(VirtualTask::isCancelled);
    }

    /**
     * Does not wait: virtual time only moves when the test moves it.
     */
    @Override
    @NonNullByDefault({})
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    /**
     * Read-only clock over the virtual time.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    private final class VirtualClock extends Clock {

        private final ZoneId zone;

        VirtualClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(@Nullable ZoneId newZone) {
            return newZone == null ? this : new VirtualClock(newZone);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
