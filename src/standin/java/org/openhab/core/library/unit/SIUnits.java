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

import javax.measure.Unit;
import javax.measure.quantity.Area;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Pressure;
import javax.measure.quantity.Speed;
import javax.measure.quantity.Temperature;
import javax.measure.quantity.Volume;
import javax.measure.spi.SystemOfUnits;

import org.eclipse.jdt.annotation.NonNullByDefault;

import tech.units.indriya.format.SimpleUnitFormat;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.library.unit.SIUnits} for compiling and testing the binding
 * only: the SI units openHAB uses, taken from indriya. Celsius is written "°C" as in openHAB.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class SIUnits extends CustomUnits {

    public static final String MEASUREMENT_SYSTEM_NAME = "SI";

    private static final SIUnits INSTANCE = new SIUnits();

    public static final Unit<Temperature> CELSIUS = addUnit(tech.units.indriya.unit.Units.CELSIUS);
    public static final Unit<Speed> KILOMETRE_PER_HOUR = addUnit(tech.units.indriya.unit.Units.KILOMETRE_PER_HOUR);
    public static final Unit<Length> METRE = addUnit(tech.units.indriya.unit.Units.METRE);
    public static final Unit<Mass> KILOGRAM = addUnit(tech.units.indriya.unit.Units.KILOGRAM);
    public static final Unit<Mass> GRAM = addUnit(tech.units.indriya.unit.Units.GRAM);
    public static final Unit<Area> SQUARE_METRE = addUnit(tech.units.indriya.unit.Units.SQUARE_METRE);
    public static final Unit<Volume> CUBIC_METRE = addUnit(tech.units.indriya.unit.Units.CUBIC_METRE);
    public static final Unit<Pressure> PASCAL = addUnit(tech.units.indriya.unit.Units.PASCAL);

    static {
        // openHAB prints "°C" instead of indriya's single glyph
        SimpleUnitFormat.getInstance().label(CELSIUS, "°C");
    }

    private SIUnits() {
    }

    public static SystemOfUnits getInstance() {
        return INSTANCE;
    }

    private static <U extends Unit<?>> U addUnit(U unit) {
        INSTANCE.units.add(unit);
        return unit;
    }

    @Override
    public String getName() {
        return MEASUREMENT_SYSTEM_NAME;
    }
}
