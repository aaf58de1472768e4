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

import static org.eclipse.jdt.annotation.DefaultLocation.*;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.IllegalFormatConversionException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.Quantity;
import javax.measure.Quantity.Scale;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.format.MeasurementParseException;
import javax.measure.quantity.Dimensionless;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.unit.ImperialUnits;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.quantity.Quantities;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.library.types.QuantityType} for compiling and testing the
 * binding only: a number with a unit (indriya {@link Quantity}). Like openHAB, {@link #equals(Object)} and
 * {@link #compareTo(QuantityType)} compare the values converted to the system unit (1 kWh equals 1000 Wh),
 * {@link #toString()} gives {@code "12.5 W"}, and {@link #toUnit(Unit)} returns {@code null} for an incompatible
 * unit. Conversions to types outside the stand-in are left out of {@link #as(Class)}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD, TYPE_ARGUMENT })
public class QuantityType<T extends Quantity<T>> extends Number
        implements PrimitiveType, State, Command, Comparable<QuantityType<T>> {

    private static final long serialVersionUID = 8828949721938234629L;
    /** Placeholder for the unit symbol in {@link #format(String)} (openHAB's UnitUtils.UNIT_PLACEHOLDER). */
    private static final String UNIT_PLACEHOLDER = "%unit%";

    public static final QuantityType<Dimensionless> ZERO = new QuantityType<>(0, AbstractUnit.ONE);
    public static final QuantityType<Dimensionless> ONE = new QuantityType<>(1, AbstractUnit.ONE);

    static {
        // registers openHAB's unit symbols (kWh, °C, dBm, ...) with the unit parser and formatter
        Units.getInstance();
        SIUnits.getInstance();
        ImperialUnits.getInstance();
    }

    private final Quantity<T> quantity;

    /** Creates dimensionless 0. */
    @SuppressWarnings("unchecked")
    public QuantityType() {
        this.quantity = (Quantity<T>) ZERO.quantity;
    }

    /**
     * Parses a number with an optional unit, e.g. {@code "7.2 kW"} or {@code "230V"}, with English separators.
     *
     * @param value the text
     * @throws NumberFormatException if the number cannot be parsed
     * @throws IllegalArgumentException if the unit cannot be parsed
     */
    public QuantityType(String value) {
        this(value, Locale.ENGLISH);
    }

    /**
     * Parses a number with an optional unit with the separators of the given locale.
     *
     * @param value the text
     * @param locale the locale giving decimal and grouping separators
     * @throws NumberFormatException if the number cannot be parsed
     * @throws IllegalArgumentException if the unit cannot be parsed
     */
    @SuppressWarnings("unchecked")
    public QuantityType(String value, Locale locale) {
        String text = value.strip();
        Matcher number = numberPattern(locale).matcher(text);
        if (!number.lookingAt()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + value);
        }
        BigDecimal amount = parseAmount(number.group(), locale);
        String symbol = text.substring(number.end()).strip();
        Unit<?> unit = symbol.isEmpty() ? AbstractUnit.ONE : parseUnit(symbol, value);
        this.quantity = (Quantity<T>) relative(amount, unit);
    }

    public QuantityType(Number value, Unit<T> unit) {
        // through the decimal text, so that a double such as 0.1 keeps its short form
        this.quantity = relative(new BigDecimal(value.toString()), unit);
    }

    private QuantityType(Quantity<T> quantity) {
        this.quantity = relative(quantity.getValue(), quantity.getUnit());
    }

    public static <T extends Quantity<T>> QuantityType<T> valueOf(double value, Unit<T> unit) {
        return new QuantityType<>(value, unit);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    public static QuantityType<? extends Quantity<?>> valueOf(String value) {
        return new QuantityType<>(value);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QuantityType<?> other)) {
            return false;
        }
        Unit<?> otherUnit = other.getUnit();
        boolean comparable = getUnit().isCompatible(otherUnit) || getUnit().inverse().isCompatible(otherUnit);
        return comparable && compareInSystemUnit(other) == 0;
    }

    @Override
    public int compareTo(QuantityType<T> o) {
        return compareInSystemUnit(o);
    }

    public Unit<T> getUnit() {
        return quantity.getUnit();
    }

    public Dimension getDimension() {
        return getUnit().getDimension();
    }

    /**
     * @param targetUnit the unit to convert to
     * @return the value in the target unit, or {@code null} if the units are not compatible
     */
    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(Unit<?> targetUnit) {
        if (targetUnit.equals(getUnit())) {
            return this;
        }
        try {
            Number converted = getUnit().getConverterToAny(targetUnit).convert(quantity.getValue());
            return new QuantityType<>(converted, (Unit<T>) targetUnit);
        } catch (UnconvertibleException | IncommensurableException e) {
            return null;
        }
    }

    public @Nullable QuantityType<T> toUnit(String targetUnit) {
        return toUnit(AbstractUnit.parse(targetUnit));
    }

    /**
     * Like {@link #toUnit(Unit)}, but also converts to the inverse unit (e.g. mired and kelvin).
     *
     * @param targetUnit the unit to convert to
     * @return the converted value, or {@code null} if the units are not compatible
     */
    public @Nullable QuantityType<?> toInvertibleUnit(Unit<?> targetUnit) {
        boolean viaInverse = !targetUnit.equals(getUnit()) && !targetUnit.isCompatible(AbstractUnit.ONE)
                && getUnit().inverse().isCompatible(targetUnit);
        return viaInverse ? inverse().toUnit(targetUnit) : toUnit(targetUnit);
    }

    public @Nullable QuantityType<?> toInvertibleUnit(String targetUnit) {
        return toInvertibleUnit(AbstractUnit.parse(targetUnit));
    }

    /**
     * Converts a difference: offsets between the units are ignored (a step of 18 °F is a step of 10 °C).
     *
     * @param targetUnit the unit to convert to
     * @return the converted value, or {@code null} if the units are not compatible
     */
    public @Nullable QuantityType<T> toUnitRelative(Unit<T> targetUnit) {
        if (targetUnit.equals(getUnit())) {
            return this;
        }
        if (!getUnit().isCompatible(targetUnit)) {
            return null;
        }
        return new QuantityType<>(quantity.to(targetUnit).getValue(), targetUnit);
    }

    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnitRelative(String targetUnit) {
        return toUnitRelative((Unit<T>) AbstractUnit.parse(targetUnit));
    }

    public BigDecimal toBigDecimal() {
        return new BigDecimal(quantity.getValue().toString());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getUnit(), quantity.getValue());
    }

    /**
     * Formats with a {@link java.util.Formatter} pattern in which {@code %unit%} stands for the unit symbol. Like
     * openHAB, a duration may also be formatted with date/time conversions (e.g. {@code %1$tH:%1$tM}).
     */
    @Override
    public String format(String pattern) {
        boolean withUnit = pattern.contains(UNIT_PLACEHOLDER);
        String unitSymbol = Units.PERCENT.equals(getUnit()) ? "%%" : getUnit().toString();
        String resolved = withUnit ? pattern.replace(UNIT_PLACEHOLDER, unitSymbol) : pattern;
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        if (!withUnit && getUnit().isCompatible(Units.SECOND)) {
            QuantityType<T> millis = toUnit(MetricPrefix.MILLI(Units.SECOND));
            if (millis != null) {
                try {
                    return String.format(locale, resolved,
                            ZonedDateTime.ofInstant(Instant.ofEpochMilli(millis.longValue()), ZoneOffset.UTC));
                } catch (IllegalFormatConversionException e) {
                    // not a date/time pattern: format the number below
                }
            }
        }
        BigDecimal number = toBigDecimal();
        try {
            return String.format(locale, resolved, number.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            return String.format(locale, resolved, number);
        }
    }

    @Override
    public int intValue() {
        return quantity.getValue().intValue();
    }

    @Override
    public long longValue() {
        return quantity.getValue().longValue();
    }

    @Override
    public float floatValue() {
        return quantity.getValue().floatValue();
    }

    @Override
    public double doubleValue() {
        return quantity.getValue().doubleValue();
    }

    @Override
    public String toFullString() {
        return AbstractUnit.ONE.equals(getUnit()) ? quantity.getValue().toString() : quantity.toString();
    }

    @Override
    public <U extends State> @Nullable U as(@Nullable Class<U> target) {
        if (target == OnOffType.class) {
            return target.cast(toOnOff());
        }
        if (target == PercentType.class) {
            QuantityType<T> percent = toUnit(Units.PERCENT);
            return percent == null ? null : target.cast(new PercentType(percent.toBigDecimal()));
        }
        if (target == DecimalType.class) {
            return target.cast(new DecimalType(toBigDecimal()));
        }
        return State.super.as(target);
    }

    public QuantityType<T> add(QuantityType<T> state) {
        return new QuantityType<>(absolute().add(state.quantity));
    }

    public QuantityType<T> negate() {
        return new QuantityType<>(quantity.negate());
    }

    public QuantityType<T> subtract(QuantityType<T> state) {
        return new QuantityType<>(absolute().subtract(state.quantity));
    }

    public QuantityType<?> multiply(BigDecimal value) {
        return wrap(absolute().multiply(value));
    }

    public QuantityType<?> multiply(QuantityType<?> state) {
        return inOperandUnit(wrap(absolute().multiply(state.absolute())), state);
    }

    public QuantityType<?> divide(BigDecimal value) {
        return wrap(absolute().divide(value));
    }

    public QuantityType<?> divide(QuantityType<?> state) {
        return inOperandUnit(wrap(absolute().divide(state.absolute())), state);
    }

    public QuantityType<T> offset(QuantityType<T> offset, Unit<T> unit) {
        return new QuantityType<>(absolute().to(unit).add(offset.quantity.to(unit)));
    }

    public QuantityType<?> inverse() {
        return wrap(absolute().inverse());
    }

    private static <Q extends Quantity<Q>> Quantity<Q> relative(Number value, Unit<Q> unit) {
        return Quantities.getQuantity(value, unit, Scale.RELATIVE);
    }

    private static <Q extends Quantity<Q>> QuantityType<Q> wrap(Quantity<Q> quantity) {
        return new QuantityType<>(quantity);
    }

    /** Arithmetic is done on absolute values, as openHAB does. */
    private Quantity<T> absolute() {
        return Quantities.getQuantity(quantity.getValue(), quantity.getUnit(), Scale.ABSOLUTE);
    }

    /** A product or quotient with the dimension of an operand is expressed in that operand's unit. */
    private QuantityType<?> inOperandUnit(QuantityType<?> result, QuantityType<?> other) {
        Unit<?> resultUnit = result.getUnit();
        QuantityType<?> converted = null;
        if (getUnit().isCompatible(resultUnit)) {
            converted = result.toUnit(getUnit());
        } else if (other.getUnit().isCompatible(resultUnit)) {
            converted = result.toUnit(other.getUnit());
        }
        return converted == null ? result : converted;
    }

    private int compareInSystemUnit(QuantityType<?> other) {
        if (getUnit().isCompatible(other.getUnit())) {
            return Double.compare(inSystemUnit(this), inSystemUnit(other));
        }
        if (getUnit().inverse().isCompatible(other.getUnit())) {
            return inverse().compareInSystemUnit(other);
        }
        throw new IllegalArgumentException("Can not compare incompatible units.");
    }

    private static double inSystemUnit(QuantityType<?> value) {
        QuantityType<?> converted = value.toUnit(value.getUnit().getSystemUnit());
        if (converted == null) {
            throw new IllegalArgumentException("Unable to convert to system unit during compare.");
        }
        return converted.doubleValue();
    }

    private @Nullable OnOffType toOnOff() {
        BigDecimal number = toBigDecimal();
        if (intValue() == 0) {
            return OnOffType.OFF;
        }
        if (Units.PERCENT.equals(getUnit())) {
            return OnOffType.from(number.signum() > 0);
        }
        return number.compareTo(BigDecimal.ONE) == 0 ? OnOffType.ON : null;
    }

    private static Pattern numberPattern(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String separators = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()))
                + Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
        // sign, digits with separators, optional exponent; the unit (if any) follows
        return Pattern.compile("[+-]?[0-9" + separators + "]*[0-9](?:[eE][+-]?[0-9]+)?");
    }

    private static BigDecimal parseAmount(String text, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parseObject(text.toUpperCase(locale), position);
        if (!(parsed instanceof BigDecimal amount) || position.getIndex() < text.length()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + text);
        }
        return amount;
    }

    private static Unit<?> parseUnit(String symbol, String value) {
        try {
            return SimpleUnitFormat.getInstance().parse(symbol);
        } catch (MeasurementParseException e) {
            throw new IllegalArgumentException("Invalid Quantity value: " + value, e);
        }
    }
}
