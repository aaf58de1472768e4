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

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.library.types.DecimalType} for compiling and testing the
 * binding only: a {@link BigDecimal} number. Conversions to types outside the stand-in ({@code UpDownType},
 * {@code OpenClosedType}, {@code HSBType}) are left out.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class DecimalType extends Number implements PrimitiveType, State, Command, Comparable<DecimalType> {

    private static final long serialVersionUID = 4226845847123464690L;

    protected static final BigDecimal BIG_DECIMAL_HUNDRED = BigDecimal.valueOf(100);

    public static final DecimalType ZERO = new DecimalType(0);

    protected BigDecimal value;

    public DecimalType() {
        this(BigDecimal.ZERO);
    }

    public DecimalType(Number value) {
        this.value = value instanceof QuantityType<?> quantity ? quantity.toBigDecimal()
                : new BigDecimal(value.toString());
    }

    /**
     * Parses the value with English separators.
     *
     * @param value the number text
     * @throws NumberFormatException if the text is not a number
     */
    public DecimalType(String value) {
        this(value, Locale.ENGLISH);
    }

    /**
     * Parses the value with the separators of the given locale; the whole text must be a number.
     *
     * @param value the number text
     * @param locale the locale giving decimal and grouping separators
     * @throws NumberFormatException if the text is not a number
     */
    public DecimalType(String value, Locale locale) {
        this.value = parseNumber(value, locale);
    }

    private static BigDecimal parseNumber(String text, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        // upper case so that an exponent written "1e3" is recognised
        Object parsed = format.parseObject(text.toUpperCase(locale), position);
        if (!(parsed instanceof BigDecimal number) || position.getIndex() < text.length()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + text);
        }
        return number;
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return value.toPlainString();
    }

    public static DecimalType valueOf(String value) {
        return new DecimalType(value);
    }

    @Override
    public String format(String pattern) {
        return formatNumber(pattern, value);
    }

    /** Formats like openHAB: integral values as {@link java.math.BigInteger} (so %d works), else as BigDecimal. */
    private static String formatNumber(String pattern, BigDecimal number) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        try {
            return String.format(locale, pattern, number.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            return String.format(locale, pattern, number);
        }
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof DecimalType other && value.compareTo(other.value) == 0;
    }

    @Override
    public int compareTo(DecimalType o) {
        return value.compareTo(o.toBigDecimal());
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    protected <T extends State> @Nullable T defaultConversion(@Nullable Class<T> target) {
        return State.super.as(target);
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == OnOffType.class) {
            return target.cast(OnOffType.from(!equals(ZERO)));
        }
        if (target == PercentType.class) {
            return target.cast(new PercentType(value.multiply(BIG_DECIMAL_HUNDRED)));
        }
        if (target == DateTimeType.class) {
            return target.cast(new DateTimeType(value.toString()));
        }
        return defaultConversion(target);
    }
}
