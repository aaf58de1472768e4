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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ManualScheduler}: virtual time, ordering, periodic tasks, futures, failures and shutdown.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ManualSchedulerTest {

    private static final Instant START = Instant.parse("2025-01-01T11:00:00Z");

    private final ManualScheduler scheduler = new ManualScheduler(START);
    private final List<String> events = new ArrayList<>();

    @Test
    void nothingRunsUntilTimeIsAdvanced() {
        scheduler.schedule(() -> events.add("a"), 1, TimeUnit.SECONDS);
        scheduler.execute(() -> events.add("now"));

        assertThat(events, is(empty()));
        assertThat(scheduler.pendingTaskCount(), is(2));
        assertThat(scheduler.now(), is(START));
    }

    @Test
    void runDueTasksRunsWhatIsDueNowWithoutMovingTime() {
        scheduler.execute(() -> events.add("executed"));
        scheduler.submit(() -> events.add("submitted"));
        scheduler.schedule(() -> events.add("later"), 1, TimeUnit.MILLISECONDS);

        assertThat(scheduler.runDueTasks(), is(2));
        assertThat(events, contains("executed", "submitted"));
        assertThat(scheduler.now(), is(START));
    }

    @Test
    void tasksRunInDueOrderAndSubmissionOrderAtTheirDueTime() {
        List<Instant> seen = new ArrayList<>();
        scheduler.schedule(() -> events.add("3s"), 3, TimeUnit.SECONDS);
        scheduler.schedule(() -> events.add("1s-first"), 1, TimeUnit.SECONDS);
        scheduler.schedule(() -> events.add("1s-second"), 1000, TimeUnit.MILLISECONDS);
        scheduler.schedule(() -> seen.add(scheduler.now()), 2, TimeUnit.SECONDS);

        scheduler.advance(Duration.ofSeconds(10));

        assertThat(events, contains("1s-first", "1s-second", "3s"));
        assertThat(seen, contains(START.plusSeconds(2)));
        assertThat(scheduler.now(), is(START.plusSeconds(10)));
    }

    @Test
    void tasksScheduledByTasksRunWithinTheSameAdvance() {
        scheduler.schedule(() -> {
            events.add("outer@" + scheduler.now());
            scheduler.schedule(() -> events.add("inner@" + scheduler.now()), 500, TimeUnit.MILLISECONDS);
            scheduler.execute(() -> events.add("immediate@" + scheduler.now()));
        }, 1, TimeUnit.SECONDS);

        scheduler.advance(Duration.ofSeconds(2));

        assertThat(events, contains("outer@" + START.plusSeconds(1), "immediate@" + START.plusSeconds(1),
                "inner@" + START.plusMillis(1500)));
    }

    @Test
    void taskDueExactlyAtTheTargetRunsButNotOneNanosecondLater() {
        scheduler.schedule(() -> events.add("edge"), 5, TimeUnit.SECONDS);
        scheduler.schedule(() -> events.add("after"), 5_000_000_001L, TimeUnit.NANOSECONDS);

        scheduler.advance(Duration.ofSeconds(5));

        assertThat(events, contains("edge"));
    }

    @Test
    void fixedDelayTasksRepeatUntilCancelled() {
        ScheduledFuture<?> delay = scheduler.scheduleWithFixedDelay(() -> events.add("d" + scheduler.now()), 1, 2,
                TimeUnit.SECONDS);
        ScheduledFuture<?> rate = scheduler.scheduleWithFixedDelay(() -> events.add("r"), 0, 3, TimeUnit.SECONDS);

        scheduler.advance(Duration.ofSeconds(6));
        delay.cancel(false);
        rate.cancel(false);
        scheduler.advance(Duration.ofSeconds(10));

        assertThat(events.stream().filter(e -> e.startsWith("d")).toList(),
                contains("d" + START.plusSeconds(1), "d" + START.plusSeconds(3), "d" + START.plusSeconds(5)));
        assertThat(events.stream().filter(e -> e.equals("r")).count(), is(3L));
        assertThat(scheduler.pendingTaskCount(), is(0));
    }

    @Test
    void periodicTaskCanCancelItself() {
        List<ScheduledFuture<?>> self = new ArrayList<>();
        self.add(scheduler.scheduleWithFixedDelay(() -> {
            events.add("tick");
            if (events.size() == 2) {
                self.get(0).cancel(false);
            }
        }, 1, 1, TimeUnit.SECONDS));

        scheduler.advance(Duration.ofSeconds(10));

        assertThat(events, hasSize(2));
        assertThat(self.get(0).isCancelled(), is(true));
    }

    @Test
    void cancelledTaskNeverRuns() {
        ScheduledFuture<?> future = scheduler.schedule(() -> events.add("x"), 1, TimeUnit.SECONDS);

        assertThat(future.cancel(false), is(true));
        scheduler.advance(Duration.ofSeconds(2));

        assertThat(events, is(empty()));
        assertThat(future.isDone(), is(true));
    }

    @Test
    void futureDelayFollowsVirtualTimeAndResultIsAvailableAfterRunning() throws Exception {
        ScheduledFuture<@Nullable String> future = scheduler.schedule(() -> "done", 10, TimeUnit.SECONDS);

        scheduler.advance(Duration.ofSeconds(4));
        assertThat(future.getDelay(TimeUnit.SECONDS), is(6L));
        assertThrows(IllegalStateException.class, future::get);
        assertThrows(TimeoutException.class, () -> future.get(1, TimeUnit.HOURS));

        scheduler.advance(Duration.ofSeconds(6));
        assertThat(future.get(), is("done"));
        assertThat(future.get(1, TimeUnit.SECONDS), is("done"));
    }

    @Test
    void failingTaskIsRethrownByAdvanceAndCompletesItsFutureExceptionally() {
        ScheduledFuture<?> future = scheduler.schedule(() -> {
            throw new IllegalStateException("boom");
        }, 1, TimeUnit.SECONDS);

        AssertionError error = assertThrows(AssertionError.class, () -> scheduler.advance(Duration.ofSeconds(2)));

        assertThat(error.getCause(), is(instanceOf(IllegalStateException.class)));
        assertThrows(ExecutionException.class, future::get);
        assertThat(scheduler.taskFailures(), hasSize(1));
    }

    @Test
    void failuresCanBeToleratedAndAFailingPeriodicTaskStops() {
        scheduler.setRethrowTaskFailures(false);
        scheduler.scheduleWithFixedDelay(() -> {
            events.add("tick");
            throw new IllegalStateException("boom");
        }, 1, 1, TimeUnit.SECONDS);

        scheduler.advance(Duration.ofSeconds(5));

        assertThat(events, hasSize(1));
        assertThat(scheduler.taskFailures(), hasSize(1));
        assertThat(scheduler.now(), is(START.plusSeconds(5)));
    }

    @Test
    void clockReadsVirtualTimeInUtcAndCanChangeZone() {
        Clock clock = scheduler.clock();
        scheduler.advance(Duration.ofMinutes(90));

        assertThat(clock.instant(), is(START.plus(Duration.ofMinutes(90))));
        assertThat(clock.getZone(), is(ZoneOffset.UTC));
        assertThat(clock.millis(), is(START.plus(Duration.ofMinutes(90)).toEpochMilli()));
        Clock berlin = clock.withZone(ZoneId.of("Europe/Berlin"));
        assertThat(berlin.getZone(), is(ZoneId.of("Europe/Berlin")));
        assertThat(berlin.instant(), is(clock.instant()));
    }

    @Test
    void negativeAdvanceAndReentrantAdvanceAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> scheduler.advance(Duration.ofSeconds(-1)));
        scheduler.execute(() -> scheduler.advance(Duration.ofSeconds(1)));

        AssertionError error = assertThrows(AssertionError.class, scheduler::runDueTasks);

        assertThat(error.getCause(), is(instanceOf(IllegalStateException.class)));
    }

    @Test
    void negativeDelayRunsNow() {
        scheduler.schedule(() -> events.add("past"), -5, TimeUnit.SECONDS);

        scheduler.runDueTasks();

        assertThat(events, contains("past"));
    }

    @Test
    void invokeAllAndInvokeAnyRunOnTheCallingThread() throws Exception {
        List<Callable<@Nullable String>> tasks = List.of(() -> "a", () -> {
            throw new IllegalStateException("b");
        });

        List<Future<@Nullable String>> futures = scheduler.invokeAll(tasks);

        assertThat(futures.get(0).get(), is("a"));
        assertThrows(ExecutionException.class, () -> futures.get(1).get());
        assertThat(scheduler.invokeAny(tasks), is("a"));
        assertThat(scheduler.now(), is(START));
    }

    @Test
    void shutdownRejectsNewTasksDropsPeriodicOnesAndStillRunsDelayedOnes() {
        scheduler.schedule(() -> events.add("delayed"), 1, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(() -> events.add("periodic"), 1, 1, TimeUnit.SECONDS);

        scheduler.shutdown();
        assertThrows(RejectedExecutionException.class, () -> scheduler.execute(() -> events.add("late")));
        assertThat(scheduler.isTerminated(), is(false));
        scheduler.advance(Duration.ofSeconds(5));

        assertThat(events, contains("delayed"));
        assertThat(scheduler.isShutdown(), is(true));
        assertThat(scheduler.isTerminated(), is(true));
        assertThat(scheduler.awaitTermination(1, TimeUnit.SECONDS), is(true));
    }

    @Test
    void shutdownNowReturnsTasksThatNeverRan() {
        scheduler.schedule(() -> events.add("x"), 1, TimeUnit.SECONDS);

        assertThat(scheduler.shutdownNow(), hasSize(1));
        scheduler.advance(Duration.ofSeconds(2));

        assertThat(events, is(empty()));
    }

    @Test
    void nextTaskDelayAndAdvanceInSteps() {
        assertThat(scheduler.nextTaskDelay(), is(nullValue()));
        scheduler.scheduleWithFixedDelay(() -> events.add("t"), 3, 3, TimeUnit.SECONDS);
        assertThat(scheduler.nextTaskDelay(), is(Duration.ofSeconds(3)));

        List<Integer> counts = new ArrayList<>();
        scheduler.advanceInSteps(Duration.ofSeconds(10), Duration.ofSeconds(4), () -> counts.add(events.size()));

        assertThat(counts, contains(1, 2, 3));
        assertThat(scheduler.now(), is(START.plusSeconds(10)));
    }
}
