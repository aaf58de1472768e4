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
package org.openhab.core.common;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.common.ThreadPoolManager} for compiling and testing the binding
 * only. Like openHAB it keeps one real, shared pool of daemon threads per pool name ({@link #DEFAULT_THREAD_POOL_SIZE}
 * threads, as no pool is configured in tests) and hands out views on it that ignore {@code shutdown()}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@Component(configurationPid = ThreadPoolManager.CONFIGURATION_PID)
public class ThreadPoolManager {

    public static final String CONFIGURATION_PID = "org.openhab.threadpool";

    public static final String THREAD_POOL_NAME_COMMON = "common";

    private static final Logger LOGGER = LoggerFactory.getLogger(ThreadPoolManager.class);

    protected static final int DEFAULT_THREAD_POOL_SIZE = 5;

    protected static final long THREAD_TIMEOUT = 65L;
    protected static final long THREAD_MONITOR_SLEEP = 60000;

    protected static Map<String, ExecutorService> pools = new ConcurrentHashMap<>();

    private static Map<String, Integer> configs = new ConcurrentHashMap<>();

    protected void activate(Map<String, Object> properties) {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    protected void modified(Map<String, Object> properties) {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    /**
     * Returns a service that runs the submitted tasks one after the other. As no pool is configured in the stand-in,
     * this is (like in openHAB without configuration) a new single (non-daemon) thread executor named after
     * {@code threadName}; the caller owns it and must shut it down.
     *
     * @param poolName the name of the pool, if one were configured
     * @param threadName the name of the thread
     * @return a new sequential executor
     */
    public static ScheduledExecutorService getPoolBasedSequentialScheduledExecutorService(String poolName,
            String threadName) {
        return Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory(threadName));
    }

    /**
     * Returns the shared scheduled pool of the given name, creating it on first use.
     *
     * @param poolName the name of the pool, e.g. "thingHandler"
     * @return a view on the pool that cannot be shut down
     */
    public static ScheduledExecutorService getScheduledPool(String poolName) {
        ExecutorService pool = pools.computeIfAbsent(poolName, name -> {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(getConfig(name),
                    new NamedThreadFactory(name, true, Thread.NORM_PRIORITY));
            executor.setKeepAliveTime(THREAD_TIMEOUT, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        });
        if (pool instanceof ScheduledExecutorService scheduled) {
            return new UnstoppableScheduledExecutorService(poolName, scheduled);
        }
        throw new IllegalArgumentException("Pool " + poolName + " is not a scheduled pool!");
    }

    /**
     * Returns the shared (non scheduled) pool of the given name, creating it on first use.
     *
     * @param poolName the name of the pool
     * @return a view on the pool that cannot be shut down
     */
    public static ExecutorService getPool(String poolName) {
        ExecutorService pool = pools.computeIfAbsent(poolName, name -> {
            int size = getConfig(name);
            ThreadPoolExecutor executor = new ThreadPoolExecutor(size, size, THREAD_TIMEOUT, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), new NamedThreadFactory(name, true, Thread.NORM_PRIORITY));
            executor.allowCoreThreadTimeOut(true);
            return executor;
        });
        return new UnstoppableExecutorService<>(poolName, pool);
    }

    protected static int getConfig(String poolName) {
        Integer config = configs.get(poolName);
        return config != null ? config : DEFAULT_THREAD_POOL_SIZE;
    }

    public static Set<String> getPoolNames() {
        return new HashSet<>(pools.keySet());
    }

    /**
     * Delegating view on a shared pool whose shutdown methods only log, as in openHAB.
     */
    static class UnstoppableExecutorService<T extends ExecutorService> extends AbstractExecutorService {

        protected final T delegate;
        private final String poolName;

        UnstoppableExecutorService(String poolName, T delegate) {
            this.poolName = poolName;
            this.delegate = delegate;
        }

        @Override
        public void shutdown() {
            LOGGER.warn("shutdown() invoked on a shared thread pool '{}'. This is a bug, please submit a bug report",
                    poolName);
        }

        @Override
        public List<Runnable> shutdownNow() {
            LOGGER.warn("shutdownNow() invoked on a shared thread pool '{}'. This is a bug, please submit a bug report",
                    poolName);
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return delegate.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return delegate.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return delegate.awaitTermination(timeout, unit);
        }

        @Override
        public void execute(Runnable command) {
            delegate.execute(command);
        }
    }

    /**
     * Delegating scheduled view on a shared scheduled pool.
     */
    static class UnstoppableScheduledExecutorService extends UnstoppableExecutorService<ScheduledExecutorService>
            implements ScheduledExecutorService {

        UnstoppableScheduledExecutorService(String poolName, ScheduledExecutorService delegate) {
            super(poolName, delegate);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            return delegate.schedule(command, delay, unit);
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            return delegate.schedule(callable, delay, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period,
                TimeUnit unit) {
            return delegate.scheduleAtFixedRate(command, initialDelay, period, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                TimeUnit unit) {
            return delegate.scheduleWithFixedDelay(command, initialDelay, delay, unit);
        }
    }
}
