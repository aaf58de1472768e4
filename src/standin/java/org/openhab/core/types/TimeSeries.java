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
package org.openhab.core.types;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.types.TimeSeries} for compiling and testing the binding only:
 * states with their timestamps, kept in chronological order.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class TimeSeries {

    private final TreeSet<Entry> states = new TreeSet<>(Comparator.comparing(Entry::timestamp));
    private final Policy policy;

    public TimeSeries(Policy policy) {
        this.policy = policy;
    }

    public Policy getPolicy() {
        return policy;
    }

    public Instant getBegin() {
        return states.isEmpty() ? Instant.MAX : states.first().timestamp();
    }

    public Instant getEnd() {
        return states.isEmpty() ? Instant.MIN : states.last().timestamp();
    }

    public int size() {
        return states.size();
    }

    /**
     * Adds a state; a state at an already present timestamp is ignored.
     *
     * @param timestamp the time of the state
     * @param state the state
     */
    public void add(Instant timestamp, State state) {
        states.add(new Entry(timestamp, state));
    }

    public Stream<Entry> getStates() {
        return List.copyOf(states).stream();
    }

    /**
     * One state with its timestamp.
     *
     * @param timestamp the time of the state
     * @param state the state
     */
    public record Entry(Instant timestamp, State state) {
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        TimeSeries that = (TimeSeries) o;
        return Objects.equals(states, that.states) && policy == that.policy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(states, policy);
    }

    /**
     * How persistence applies the series.
     */
    public enum Policy {
        ADD,
        REPLACE
    }
}
