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

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.common.AbstractUID} for compiling and testing the binding only:
 * base class of all colon separated unique identifiers.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractUID {

    private static final Pattern SEGMENT_PATTERN = Pattern.compile("[\\w-]*");
    public static final String SEPARATOR = ":";

    private final List<String> segments;
    private String uid = "";

    /**
     * Creates an empty UID (reflection only).
     */
    protected AbstractUID() {
        segments = List.of();
    }

    /**
     * Parses a UID of the form {@code bindingId:segment:segment...}.
     *
     * @param uid the UID as string
     */
    protected AbstractUID(String uid) {
        this(Arrays.asList(uid.split(SEPARATOR)));
        this.uid = uid;
    }

    /**
     * Creates a UID from its segments.
     *
     * @param segments the segments
     */
    protected AbstractUID(final String... segments) {
        this(Arrays.asList(segments));
    }

    /**
     * Creates a UID from its segments.
     *
     * @param segments the segments
     */
    protected AbstractUID(List<String> segments) {
        int minimum = getMinimalNumberOfSegments();
        int count = segments.size();
        if (count < minimum) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "UID must have at least %d segments: %s", minimum, segments));
        }
        for (int i = 0; i < count; i++) {
            validateSegment(segments.get(i), i, count);
        }
        if (segments.get(count - 1).isBlank()) {
            throw new IllegalArgumentException("Last segment must not be blank: " + segments);
        }
        this.segments = List.copyOf(segments);
    }

    /**
     * Tells how many segments the UID needs at least.
     *
     * @return the minimal number of segments
     */
    protected abstract int getMinimalNumberOfSegments();

    protected List<String> getAllSegments() {
        return segments;
    }

    protected String getSegment(int segment) {
        return segments.get(segment);
    }

    /**
     * Tells whether a segment only holds word characters and dashes.
     *
     * @param segment the segment to check
     * @return {@code true} if the segment is valid
     */
    public static boolean isValid(@Nullable String segment) {
        return segment != null && SEGMENT_PATTERN.matcher(segment).matches();
    }

    protected void validateSegment(String segment, int index, int length) {
        if (!isValid(segment)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "ID segment '%s' contains invalid characters. Each segment of the ID must match the pattern %s.",
                    segment, SEGMENT_PATTERN));
        }
    }

    @Override
    public String toString() {
        return getAsString();
    }

    public String getAsString() {
        if (uid.isEmpty()) {
            uid = String.join(SEPARATOR, segments);
        }
        return uid;
    }

    @Override
    public int hashCode() {
        return 31 + segments.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return segments.equals(((AbstractUID) obj).segments);
    }
}
