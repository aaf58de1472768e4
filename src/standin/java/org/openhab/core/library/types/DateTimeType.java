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
package org.openhab.core.library.types;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.library.types.DateTimeType} for compiling and testing the
 * binding only: a moment in time ({@link Instant}). As in openHAB 5.2.1 the methods without a {@link ZoneId}
 * ({@link #toString()}, {@link #format(String)}, {@link #getZonedDateTime()}) use the JVM default time zone.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class DateTimeType implements PrimitiveType, State, Command, Comparable<DateTimeType> {

    public static final String DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";
    public static final String DATE_PATTERN_WITH_TZ = "yyyy-MM-dd'T'HH:mm:ssz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_GENERAL = "yyyy-MM-dd'T'HH:mm:ss.SSSz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_ISO = "yyyy-MM-dd'T'HH:mm:ss.SSSX";
    public static final String DATE_PATTERN_JSON_COMPAT = "MMM d, yyyy, h:mm:ss aaa";

    /** Date, time to the minute, optional seconds with 0..9 fraction digits. */
    private static final DateTimeFormatter LOCAL_PARSER = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm").optionalStart().appendPattern(":ss").optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().optionalEnd().toFormatter();
    /** Tried in order: RFC 822 offset (+0100), ISO offset (Z, +01), zone name, ISO zoned text. */
    private static final List<DateTimeFormatter> ZONED_PARSERS = List.of(withZone("Z"), withZone("X"),
            withZone("z"), DateTimeFormatter.ISO_ZONED_DATE_TIME);
    private static final Pattern SPACE_BETWEEN_DATE_AND_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");
    private static final DateTimeFormatter TO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss",
            Locale.ROOT);
    private static final DateTimeFormatter RFC_OFFSET = DateTimeFormatter.ofPattern("Z", Locale.ROOT);
    private static final int SECONDS_DIGITS_LIMIT = 12;

    private final Instant instant;

    /** Creates the current moment. */
    public DateTimeType() {
        this(Instant.now());
    }

    public DateTimeType(Instant instant) {
        this.instant = instant;
    }

    /**
     * Keeps only the moment; the zone of the argument is not retained.
     *
     * @param zoned the moment
     */
    public DateTimeType(ZonedDateTime zoned) {
        this(zoned.toInstant());
    }

    /**
     * Parses date and time (with or without zone; without one the JVM default zone applies), time only, date only,
     * or epoch seconds/milliseconds.
     *
     * @param zonedValue the text
     * @throws IllegalArgumentException if the text is in none of these forms
     */
    public DateTimeType(String zonedValue) {
        this(parseInstant(zonedValue));
    }

    /**
     * @deprecated as in openHAB 5.2.1: uses the JVM default zone; use {@link #getInstant()} or
     *             {@link #getZonedDateTime(ZoneId)}
     */
    @Deprecated
    public ZonedDateTime getZonedDateTime() {
        return getZonedDateTime(jvmDefaultZone());
    }

    public ZonedDateTime getZonedDateTime(ZoneId zoneId) {
        return instant.atZone(zoneId);
    }

    public Instant getInstant() {
        return instant;
    }

    public static DateTimeType valueOf(String value) {
        return new DateTimeType(value);
    }

    @Override
    public String format(@Nullable String pattern) {
        return format(pattern, jvmDefaultZone());
    }

    /**
     * @param pattern a {@link java.util.Formatter} pattern, or {@code null} for {@link #DATE_PATTERN}
     * @param zoneId the zone the moment is shown in
     * @return the formatted moment
     */
    public String format(@Nullable String pattern, ZoneId zoneId) {
        ZonedDateTime zoned = instant.atZone(zoneId);
        if (pattern == null) {
            return DateTimeFormatter.ofPattern(DATE_PATTERN).format(zoned);
        }
        return String.format(Locale.getDefault(Locale.Category.FORMAT), pattern, zoned);
    }

    public String format(Locale locale, String pattern) {
        return String.format(locale, pattern, getZonedDateTime(jvmDefaultZone()));
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return toFullString(jvmDefaultZone());
    }

    /**
     * Formats like {@code 2026-01-31T12:34:56.789+0100}: at least milliseconds, more fraction digits only when
     * they are not zero.
     *
     * @param zoneId the zone the moment is shown in
     * @return the formatted moment
     */
    public String toFullString(ZoneId zoneId) {
        ZonedDateTime zoned = instant.atZone(zoneId);
        String fraction = String.format(Locale.ROOT, "%09d", zoned.getNano());
        for (int i = 0; i < 2 && fraction.endsWith("000"); i++) {
            fraction = fraction.substring(0, fraction.length() - 3);
        }
        return TO_SECONDS.format(zoned) + "." + fraction + RFC_OFFSET.format(zoned);
    }

    @Override
    public int hashCode() {
        return instant.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj != null && obj.getClass() == getClass() && instant.equals(((DateTimeType) obj).instant);
    }

    @Override
    public int compareTo(DateTimeType o) {
        return instant.compareTo(o.getInstant());
    }

    /** openHAB 5.2.1 itself falls back to the JVM default zone in these places. */
    private static ZoneId jvmDefaultZone() {
        return ZoneId.systemDefault();
    }

    private static DateTimeFormatter withZone(String zonePattern) {
        return new DateTimeFormatterBuilder().append(LOCAL_PARSER).appendPattern(zonePattern).toFormatter();
    }

    private static Instant parseInstant(String value) {
        String text = SPACE_BETWEEN_DATE_AND_TIME.matcher(value).matches()
                ? value.substring(0, 10) + "T" + value.substring(11)
                : value;
        Instant parsed = parseDateTime(text);
        if (parsed == null) {
            parsed = parseDateTime("1970-01-01T" + text);
        }
        if (parsed == null) {
            parsed = parseEpoch(text);
        }
        if (parsed == null && text.length() >= 10) {
            parsed = parseDateTime(text.substring(0, 10) + "T00:00:00" + text.substring(10));
        }
        if (parsed == null) {
            throw new IllegalArgumentException(value + " is not in a valid format.");
        }
        return parsed;
    }

    private static @Nullable Instant parseDateTime(String text) {
        for (DateTimeFormatter parser : ZONED_PARSERS) {
            try {
                return ZonedDateTime.parse(text, parser).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return LocalDateTime.parse(text, LOCAL_PARSER).atZone(jvmDefaultZone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Instant parseEpoch(String text) {
        try {
            long epoch = Double.valueOf(text).longValue();
            // fewer than 12 digits are taken as seconds, more as milliseconds
            boolean seconds = Long.toString(Math.abs(epoch)).length() < SECONDS_DIGITS_LIMIT;
            return seconds ? Instant.ofEpochSecond(epoch) : Instant.ofEpochMilli(epoch);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
