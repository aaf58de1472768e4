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

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.common.NamedThreadFactory} for compiling and testing the binding
 * only: names its threads {@code OH-<id>-<counter>}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class NamedThreadFactory implements ThreadFactory {

    private final boolean daemonize;
    private final int priority;
    private final ThreadGroup group;
    private final AtomicInteger threadNumber = new AtomicInteger(1);
    private final String namePrefix;

    /**
     * Creates a factory of non-daemon threads with normal priority.
     *
     * @param id the identifier used in the thread names
     */
    public NamedThreadFactory(final String id) {
        this(id, false);
    }

    /**
     * Creates a factory of threads with normal priority.
     *
     * @param id the identifier used in the thread names
     * @param daemonize whether the threads are daemon threads
     */
    public NamedThreadFactory(final String id, final boolean daemonize) {
        this(id, daemonize, Thread.NORM_PRIORITY);
    }

    /**
     * Creates a factory of threads.
     *
     * @param id the identifier used in the thread names
     * @param daemonize whether the threads are daemon threads
     * @param priority the priority of the threads
     */
    public NamedThreadFactory(final String id, final boolean daemonize, final int priority) {
        this.daemonize = daemonize;
        this.priority = priority;
        this.namePrefix = "OH-" + id + "-";
        this.group = Thread.currentThread().getThreadGroup();
    }

    @Override
    public Thread newThread(@Nullable Runnable runnable) {
        Thread thread = new Thread(group, runnable, namePrefix + threadNumber.getAndIncrement(), 0);
        if (thread.isDaemon() != daemonize) {
            thread.setDaemon(daemonize);
        }
        if (thread.getPriority() != priority) {
            thread.setPriority(priority);
        }
        return thread;
    }
}
