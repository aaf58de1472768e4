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
package org.openhab.core.library.unit;

import java.math.BigInteger;

import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.quantity.Area;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Pressure;
import javax.measure.quantity.Speed;
import javax.measure.quantity.Temperature;
import javax.measure.quantity.Volume;
import javax.measure.spi.SystemOfUnits;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.dimension.Density;
import org.openhab.core.library.dimension.VolumetricFlowRate;

import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.function.AddConverter;
import tech.units.indriya.function.MultiplyConverter;
import tech.units.indriya.unit.ProductUnit;
import tech.units.indriya.unit.TransformedUnit;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.library.unit.ImperialUnits} for compiling and testing the
 * binding only: the US customary units openHAB defines, with openHAB's symbols.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class ImperialUnits extends CustomUnits {

    public static final String MEASUREMENT_SYSTEM_NAME = "US";

    private static final ImperialUnits INSTANCE = new ImperialUnits();

    public static final Unit<Mass> POUND = addUnit(
            scaled("lb", tech.units.indriya.unit.Units.GRAM, ratio(45359237, 100000)));
    public static final Unit<Mass> GRAIN = addUnit(
            scaled("gr", tech.units.indriya.unit.Units.GRAM, MultiplyConverter.of(0.06479891)));
    public static final Unit<Pressure> INCH_OF_MERCURY = addUnit(
            scaled("inHg", tech.units.indriya.unit.Units.PASCAL, ratio(3386388, 1000)));
    public static final Unit<Pressure> POUND_FORCE_SQUARE_INCH = addUnit(
            scaled("psi", tech.units.indriya.unit.Units.PASCAL, ratio(6894757, 1000)));
    // °F = K * 5/9 after adding 459.67
    public static final Unit<Temperature> FAHRENHEIT = addUnit(scaled("°F", tech.units.indriya.unit.Units.KELVIN,
            ratio(5, 9).concatenate(new AddConverter(459.67))));
    public static final Unit<Speed> MILES_PER_HOUR = addUnit(
            scaled("mph", tech.units.indriya.unit.Units.KILOMETRE_PER_HOUR, ratio(1609344, 1000000)));
    public static final Unit<Length> INCH = addUnit(
            scaled("in", tech.units.indriya.unit.Units.METRE, ratio(254, 10000)));
    public static final Unit<Length> FOOT = addUnit(scaled("ft", INCH, MultiplyConverter.of(12.0)));
    public static final Unit<Length> YARD = addUnit(scaled("yd", FOOT, MultiplyConverter.of(3.0)));
    public static final Unit<Length> CHAIN = addUnit(scaled("ch", YARD, MultiplyConverter.of(22.0)));
    public static final Unit<Length> FURLONG = addUnit(scaled("fur", CHAIN, MultiplyConverter.of(10.0)));
    public static final Unit<Length> MILE = addUnit(scaled("mi", FURLONG, MultiplyConverter.of(8.0)));
    public static final Unit<Length> LEAGUE = addUnit(scaled("lea", MILE, MultiplyConverter.of(3.0)));
    public static final Unit<Area> SQUARE_INCH = addUnit(new ProductUnit<>(INCH.multiply(INCH)));
    public static final Unit<Area> SQUARE_FOOT = addUnit(new ProductUnit<>(FOOT.multiply(FOOT)));
    public static final Unit<Volume> CUBIC_INCH = addUnit(new ProductUnit<>(SQUARE_INCH.multiply(INCH)));
    public static final Unit<Volume> CUBIC_FOOT = addUnit(new ProductUnit<>(SQUARE_FOOT.multiply(FOOT)));
    public static final Unit<Volume> GALLON_LIQUID_US = addUnit(
            scaled("gal", CUBIC_INCH, MultiplyConverter.of(231.0)));
    public static final Unit<VolumetricFlowRate> GALLON_PER_MINUTE = addUnit(
            new ProductUnit<>(GALLON_LIQUID_US.divide(tech.units.indriya.unit.Units.MINUTE)));
    public static final Unit<Density> GRAIN_PER_CUBICFOOT = addUnit(new ProductUnit<>(GRAIN.divide(CUBIC_FOOT)));

    static {
        SimpleUnitFormat format = SimpleUnitFormat.getInstance();
        for (Unit<?> unit : new Unit<?>[] { INCH_OF_MERCURY, FAHRENHEIT, MILES_PER_HOUR, INCH, FOOT, YARD, CHAIN,
                FURLONG, MILE, LEAGUE, GALLON_LIQUID_US, POUND_FORCE_SQUARE_INCH, GRAIN }) {
            format.label(unit, unit.getSymbol());
        }
        format.label(GALLON_PER_MINUTE, "gal/min");
        format.alias(FAHRENHEIT, "℉");
    }

    private ImperialUnits() {
    }

    public static SystemOfUnits getInstance() {
        return INSTANCE;
    }

    private static <U extends Unit<?>> U addUnit(U unit) {
        INSTANCE.units.add(unit);
        return unit;
    }

    private static <Q extends Quantity<Q>> Unit<Q> scaled(String symbol, Unit<Q> base, UnitConverter toBase) {
        return new TransformedUnit<>(symbol, base, toBase);
    }

    private static MultiplyConverter ratio(long dividend, long divisor) {
        return MultiplyConverter.ofRational(BigInteger.valueOf(dividend), BigInteger.valueOf(divisor));
    }

    @Override
    public String getName() {
        return MEASUREMENT_SYSTEM_NAME;
    }
}
