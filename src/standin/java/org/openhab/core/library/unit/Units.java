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

import java.math.BigDecimal;

import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.Acceleration;
import javax.measure.quantity.AmountOfSubstance;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Area;
import javax.measure.quantity.CatalyticActivity;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.ElectricCapacitance;
import javax.measure.quantity.ElectricCharge;
import javax.measure.quantity.ElectricConductance;
import javax.measure.quantity.ElectricCurrent;
import javax.measure.quantity.ElectricInductance;
import javax.measure.quantity.ElectricPotential;
import javax.measure.quantity.ElectricResistance;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Force;
import javax.measure.quantity.Frequency;
import javax.measure.quantity.Illuminance;
import javax.measure.quantity.LuminousFlux;
import javax.measure.quantity.LuminousIntensity;
import javax.measure.quantity.MagneticFlux;
import javax.measure.quantity.MagneticFluxDensity;
import javax.measure.quantity.Power;
import javax.measure.quantity.Pressure;
import javax.measure.quantity.RadiationDoseAbsorbed;
import javax.measure.quantity.RadiationDoseEffective;
import javax.measure.quantity.Radioactivity;
import javax.measure.quantity.SolidAngle;
import javax.measure.quantity.Speed;
import javax.measure.quantity.Temperature;
import javax.measure.quantity.Time;
import javax.measure.quantity.Volume;
import javax.measure.spi.SystemOfUnits;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.dimension.ArealDensity;
import org.openhab.core.library.dimension.CalorificValue;
import org.openhab.core.library.dimension.DataAmount;
import org.openhab.core.library.dimension.DataTransferRate;
import org.openhab.core.library.dimension.Density;
import org.openhab.core.library.dimension.ElectricConductivity;
import org.openhab.core.library.dimension.EmissionIntensity;
import org.openhab.core.library.dimension.Intensity;
import org.openhab.core.library.dimension.RadiantExposure;
import org.openhab.core.library.dimension.RadiationDoseRate;
import org.openhab.core.library.dimension.RadiationSpecificActivity;
import org.openhab.core.library.dimension.VolumetricFlowRate;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.function.ExpConverter;
import tech.units.indriya.function.LogConverter;
import tech.units.indriya.function.MultiplyConverter;
import tech.units.indriya.unit.AlternateUnit;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.ProductUnit;
import tech.units.indriya.unit.TransformedUnit;
import tech.units.indriya.unit.UnitDimension;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.library.unit.Units} for compiling and testing the binding only:
 * all unit constants of openHAB 5.2.1 with their field types and openHAB's symbols ("kWh", "dBm", ...). The degree
 * of angle is built from indriya here (openHAB takes it from si-units, which the stand-in does not depend on).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class Units extends CustomUnits {

    private static final Units INSTANCE = new Units();

    public static final Unit<Acceleration> METRE_PER_SQUARE_SECOND = addUnit(
            tech.units.indriya.unit.Units.METRE_PER_SQUARE_SECOND);
    public static final Unit<Acceleration> STANDARD_GRAVITY = addUnit(METRE_PER_SQUARE_SECOND.multiply(9.80665));
    public static final Unit<AmountOfSubstance> MOLE = addUnit(tech.units.indriya.unit.Units.MOLE);
    public static final Unit<Volume> LITRE = addUnit(tech.units.indriya.unit.Units.LITRE);
    // openHAB types this mmol/l based unit as Dimensionless
    @SuppressWarnings("unchecked")
    public static final Unit<Dimensionless> DEUTSCHE_HAERTE = addUnit(
            (Unit<Dimensionless>) (Unit<?>) new TransformedUnit<>("°dH", MetricPrefix.MILLI(MOLE).divide(LITRE),
                    MultiplyConverter.of(0.17833)));
    // π/180 rad
    public static final Unit<Angle> DEGREE_ANGLE = addUnit(new TransformedUnit<>("°",
            tech.units.indriya.unit.Units.RADIAN,
            MultiplyConverter.ofPiExponent(1).concatenate(MultiplyConverter.ofRational(1, 180))));
    public static final Unit<Angle> RADIAN = addUnit(tech.units.indriya.unit.Units.RADIAN);
    public static final Unit<Area> SQUARE_MILLIMETRE = addUnit(squareOf(MetricPrefix.MILLI(SIUnits.METRE)));
    public static final Unit<Area> SQUARE_CENTIMETRE = addUnit(squareOf(MetricPrefix.CENTI(SIUnits.METRE)));
    public static final Unit<Area> SQUARE_KILOMETRE = addUnit(squareOf(MetricPrefix.KILO(SIUnits.METRE)));
    public static final Unit<ArealDensity> DOBSON_UNIT = addUnit(
            new ProductUnit<>(MetricPrefix.MILLI(MOLE).multiply(0.4462).divide(SIUnits.SQUARE_METRE)));
    public static final Unit<ArealDensity> KILOGRAM_PER_SQUARE_METRE = addUnit(
            new ProductUnit<>(SIUnits.KILOGRAM.divide(SIUnits.SQUARE_METRE)));
    public static final Unit<CatalyticActivity> KATAL = addUnit(tech.units.indriya.unit.Units.KATAL);
    public static final Unit<Density> KILOGRAM_PER_CUBICMETRE = addUnit(
            new ProductUnit<>(SIUnits.KILOGRAM.divide(SIUnits.CUBIC_METRE)));
    public static final Unit<Density> MICROGRAM_PER_CUBICMETRE = addUnit(
            new TransformedUnit<>(KILOGRAM_PER_CUBICMETRE, MultiplyConverter.ofRational(1, 1_000_000_000)));
    public static final Unit<Dimensionless> ONE = addUnit(AbstractUnit.ONE);
    public static final Unit<Dimensionless> PERCENT = addUnit(tech.units.indriya.unit.Units.PERCENT);
    public static final Unit<Dimensionless> PARTS_PER_BILLION = addUnit(
            new TransformedUnit<>(ONE, MultiplyConverter.ofRational(1, 1_000_000_000)));
    public static final Unit<Dimensionless> PARTS_PER_MILLION = addUnit(
            new TransformedUnit<>(ONE, MultiplyConverter.ofRational(1, 1_000_000)));
    // dB = 10 * log10(ratio)
    public static final Unit<Dimensionless> DECIBEL = addUnit(ONE.transform(
            new LogConverter(10).inverse().concatenate(MultiplyConverter.ofRational(1, 10))));
    public static final Unit<ElectricCurrent> AMPERE = addUnit(tech.units.indriya.unit.Units.AMPERE);
    public static final Unit<ElectricCapacitance> FARAD = addUnit(tech.units.indriya.unit.Units.FARAD);
    public static final Unit<ElectricCharge> COULOMB = addUnit(tech.units.indriya.unit.Units.COULOMB);
    public static final Unit<ElectricCharge> AMPERE_HOUR = addUnit(COULOMB.multiply(3600));
    public static final Unit<ElectricCharge> MILLIAMPERE_HOUR = addUnit(MetricPrefix.MILLI(AMPERE_HOUR));
    public static final Unit<ElectricConductance> SIEMENS = addUnit(tech.units.indriya.unit.Units.SIEMENS);
    public static final Unit<ElectricConductivity> SIEMENS_PER_METRE = addUnit(
            new ProductUnit<>(SIEMENS.divide(SIUnits.METRE)));
    public static final Unit<ElectricInductance> HENRY = addUnit(tech.units.indriya.unit.Units.HENRY);
    public static final Unit<ElectricPotential> VOLT = addUnit(tech.units.indriya.unit.Units.VOLT);
    public static final Unit<ElectricResistance> OHM = addUnit(tech.units.indriya.unit.Units.OHM);
    public static final Unit<Energy> JOULE = addUnit(tech.units.indriya.unit.Units.JOULE);
    public static final Unit<Energy> CALORIE = addUnit(JOULE.multiply(new BigDecimal("4.184")));
    public static final Unit<Energy> KILO_CALORIE = addUnit(MetricPrefix.KILO(CALORIE));
    public static final Unit<Energy> WATT_SECOND = addUnit(new ProductUnit<>(
            tech.units.indriya.unit.Units.WATT.multiply(tech.units.indriya.unit.Units.SECOND)));
    public static final Unit<Energy> WATT_HOUR = addUnit(new ProductUnit<>(
            tech.units.indriya.unit.Units.WATT.multiply(tech.units.indriya.unit.Units.HOUR)));
    public static final Unit<Energy> KILOWATT_HOUR = addUnit(MetricPrefix.KILO(WATT_HOUR));
    public static final Unit<Energy> MEGAWATT_HOUR = addUnit(MetricPrefix.MEGA(WATT_HOUR));
    public static final Unit<CalorificValue> KILOWATT_HOUR_PER_CUBICMETRE = addUnit(
            new ProductUnit<>(KILOWATT_HOUR.divide(SIUnits.CUBIC_METRE)));
    public static final Unit<EmissionIntensity> GRAM_PER_KILOWATT_HOUR = addUnit(
            new ProductUnit<>(SIUnits.GRAM.divide(KILOWATT_HOUR)));
    public static final Unit<Power> VAR = addUnit(new AlternateUnit<>(tech.units.indriya.unit.Units.WATT, "var"));
    public static final Unit<Power> KILOVAR = addUnit(MetricPrefix.KILO(VAR));
    public static final Unit<Energy> VAR_HOUR = addUnit(
            new ProductUnit<>(VAR.multiply(tech.units.indriya.unit.Units.HOUR)), Energy.class);
    public static final Unit<Energy> KILOVAR_HOUR = addUnit(MetricPrefix.KILO(VAR_HOUR));
    public static final Unit<Power> VOLT_AMPERE = addUnit(
            new AlternateUnit<>(tech.units.indriya.unit.Units.WATT, "VA"));
    public static final Unit<Power> KILOVOLT_AMPERE = addUnit(MetricPrefix.KILO(VOLT_AMPERE));
    public static final Unit<Energy> VOLT_AMPERE_HOUR = addUnit(
            new ProductUnit<>(VOLT_AMPERE.multiply(tech.units.indriya.unit.Units.HOUR)), Energy.class);
    public static final Unit<Force> NEWTON = addUnit(tech.units.indriya.unit.Units.NEWTON);
    public static final Unit<Frequency> HERTZ = addUnit(tech.units.indriya.unit.Units.HERTZ);
    public static final Unit<Frequency> RPM = addUnit(
            new ProductUnit<>(AbstractUnit.ONE.divide(tech.units.indriya.unit.Units.MINUTE)));
    public static final Unit<Intensity> IRRADIANCE = addUnit(
            new ProductUnit<>(tech.units.indriya.unit.Units.WATT.divide(SIUnits.SQUARE_METRE)));
    public static final Unit<Intensity> MICROWATT_PER_SQUARE_CENTIMETRE = addUnit(
            new TransformedUnit<>(IRRADIANCE, MultiplyConverter.ofRational(1, 100)));
    public static final Unit<Illuminance> LUX = addUnit(tech.units.indriya.unit.Units.LUX);
    public static final Unit<LuminousFlux> LUMEN = addUnit(tech.units.indriya.unit.Units.LUMEN);
    public static final Unit<LuminousIntensity> CANDELA = addUnit(tech.units.indriya.unit.Units.CANDELA);
    public static final Unit<MagneticFlux> WEBER = addUnit(tech.units.indriya.unit.Units.WEBER);
    public static final Unit<MagneticFluxDensity> TESLA = addUnit(tech.units.indriya.unit.Units.TESLA);
    public static final Unit<Power> WATT = addUnit(tech.units.indriya.unit.Units.WATT);
    // dBm = 10 * log10(mW); like openHAB, labelled but not part of getUnits()
    public static final Unit<Power> DECIBEL_MILLIWATTS = new TransformedUnit<>("dBm", MetricPrefix.MILLI(WATT),
            new ExpConverter(10.0).concatenate(MultiplyConverter.of(0.1)));
    public static final Unit<Pressure> MILLIMETRE_OF_MERCURY = addUnit(
            new TransformedUnit<>("mmHg", SIUnits.PASCAL, MultiplyConverter.ofRational(133322368, 1_000_000)));
    public static final Unit<Pressure> BAR = addUnit(
            new TransformedUnit<>("bar", SIUnits.PASCAL, MultiplyConverter.ofRational(100_000, 1)));
    public static final Unit<Pressure> MILLIBAR = addUnit(MetricPrefix.MILLI(BAR));
    public static final Unit<Radioactivity> BECQUEREL = addUnit(tech.units.indriya.unit.Units.BECQUEREL);
    public static final Unit<Radioactivity> CURIE = addUnit(BECQUEREL.multiply(37_000_000_000L));
    public static final Unit<Radioactivity> MILLI_CURIE = addUnit(MetricPrefix.MILLI(CURIE));
    public static final Unit<Radioactivity> MICRO_CURIE = addUnit(MetricPrefix.MICRO(CURIE));
    public static final Unit<Radioactivity> NANO_CURIE = addUnit(MetricPrefix.NANO(CURIE));
    public static final Unit<Radioactivity> PICO_CURIE = addUnit(MetricPrefix.PICO(CURIE));
    public static final Unit<RadiationSpecificActivity> BECQUEREL_PER_CUBIC_METRE = addUnit(
            new ProductUnit<>(BECQUEREL.divide(SIUnits.CUBIC_METRE)));
    public static final Unit<RadiationDoseAbsorbed> GRAY = addUnit(tech.units.indriya.unit.Units.GRAY);
    public static final Unit<RadiationDoseEffective> SIEVERT = addUnit(tech.units.indriya.unit.Units.SIEVERT);
    public static final Unit<RadiationDoseRate> SIEVERT_PER_HOUR = addUnit(
            new ProductUnit<>(SIEVERT.divide(tech.units.indriya.unit.Units.HOUR)));
    public static final Unit<Speed> MILLIMETRE_PER_HOUR = addUnit(new TransformedUnit<>("mm/h",
            SIUnits.KILOMETRE_PER_HOUR, MultiplyConverter.ofRational(1, 1_000_000)));
    public static final Unit<Speed> INCHES_PER_HOUR = addUnit(new TransformedUnit<>("in/h",
            ImperialUnits.MILES_PER_HOUR, MultiplyConverter.ofRational(1, 63360)));
    public static final Unit<Speed> METRE_PER_SECOND = addUnit(tech.units.indriya.unit.Units.METRE_PER_SECOND);
    public static final Unit<Speed> KNOT = addUnit(
            new TransformedUnit<>("kn", SIUnits.KILOMETRE_PER_HOUR, MultiplyConverter.ofRational(1852, 1000)));
    public static final Unit<SolidAngle> STERADIAN = addUnit(tech.units.indriya.unit.Units.STERADIAN);
    public static final Unit<RadiantExposure> WATT_HOUR_PER_SQUARE_METRE = addUnit(
            new ProductUnit<>(WATT_HOUR.divide(SIUnits.SQUARE_METRE)));
    public static final Unit<RadiantExposure> JOULE_PER_SQUARE_METRE = addUnit(
            new ProductUnit<>(JOULE.divide(SIUnits.SQUARE_METRE)));
    public static final Unit<Temperature> KELVIN = addUnit(tech.units.indriya.unit.Units.KELVIN);
    public static final Unit<?> MIRED = addUnit(MetricPrefix.MEGA(KELVIN).inverse());
    public static final Unit<Time> SECOND = addUnit(tech.units.indriya.unit.Units.SECOND);
    public static final Unit<Time> MINUTE = addUnit(tech.units.indriya.unit.Units.MINUTE);
    public static final Unit<Time> HOUR = addUnit(tech.units.indriya.unit.Units.HOUR);
    public static final Unit<Time> DAY = addUnit(tech.units.indriya.unit.Units.DAY);
    public static final Unit<Time> WEEK = addUnit(tech.units.indriya.unit.Units.WEEK);
    public static final Unit<Time> MONTH = addUnit(tech.units.indriya.unit.Units.MONTH);
    public static final Unit<Time> YEAR = addUnit(tech.units.indriya.unit.Units.YEAR);
    public static final Unit<Volume> CUBIC_MILLIMETRE = addUnit(LITRE.divide(1_000_000));
    public static final Unit<Volume> CUBIC_CENTIMETRE = addUnit(LITRE.divide(1000));
    public static final Unit<VolumetricFlowRate> LITRE_PER_MINUTE = addUnit(new ProductUnit<>(LITRE.divide(MINUTE)));
    public static final Unit<VolumetricFlowRate> CUBICMETRE_PER_SECOND = addUnit(
            new ProductUnit<>(SIUnits.CUBIC_METRE.divide(SECOND)));
    public static final Unit<VolumetricFlowRate> CUBICMETRE_PER_MINUTE = addUnit(
            new ProductUnit<>(SIUnits.CUBIC_METRE.divide(MINUTE)));
    public static final Unit<VolumetricFlowRate> CUBICMETRE_PER_HOUR = addUnit(
            new ProductUnit<>(SIUnits.CUBIC_METRE.divide(HOUR)));
    public static final Unit<VolumetricFlowRate> CUBICMETRE_PER_DAY = addUnit(
            new ProductUnit<>(SIUnits.CUBIC_METRE.divide(DAY)));
    // a base unit of its own dimension "X", as in openHAB
    public static final Unit<DataAmount> BIT = addUnit(new BaseUnit<>("bit", UnitDimension.parse('X')));
    public static final Unit<DataAmount> KILOBIT = addUnit(MetricPrefix.KILO(BIT));
    public static final Unit<DataAmount> MEGABIT = addUnit(MetricPrefix.MEGA(BIT));
    public static final Unit<DataAmount> GIGABIT = addUnit(MetricPrefix.GIGA(BIT));
    public static final Unit<DataAmount> TERABIT = addUnit(MetricPrefix.TERA(BIT));
    public static final Unit<DataAmount> PETABIT = addUnit(MetricPrefix.PETA(BIT));
    public static final Unit<DataAmount> BYTE = addUnit(BIT.multiply(8));
    public static final Unit<DataAmount> OCTET = addUnit(BIT.multiply(8));
    public static final Unit<DataAmount> KILOBYTE = addUnit(MetricPrefix.KILO(BYTE));
    public static final Unit<DataAmount> MEGABYTE = addUnit(MetricPrefix.MEGA(BYTE));
    public static final Unit<DataAmount> GIGABYTE = addUnit(MetricPrefix.GIGA(BYTE));
    public static final Unit<DataAmount> TERABYTE = addUnit(MetricPrefix.TERA(BYTE));
    public static final Unit<DataAmount> PETABYTE = addUnit(MetricPrefix.PETA(BYTE));
    public static final Unit<DataAmount> KIBIBYTE = addUnit(BinaryPrefix.KIBI(BYTE));
    public static final Unit<DataAmount> MEBIBYTE = addUnit(BinaryPrefix.MEBI(BYTE));
    public static final Unit<DataAmount> GIBIBYTE = addUnit(BinaryPrefix.GIBI(BYTE));
    public static final Unit<DataAmount> TEBIBYTE = addUnit(BinaryPrefix.TEBI(BYTE));
    public static final Unit<DataAmount> PEBIBYTE = addUnit(BinaryPrefix.PEBI(BYTE));
    public static final Unit<DataAmount> KIBIOCTET = addUnit(BinaryPrefix.KIBI(OCTET));
    public static final Unit<DataAmount> MEBIOCTET = addUnit(BinaryPrefix.MEBI(OCTET));
    public static final Unit<DataAmount> GIBIOCTET = addUnit(BinaryPrefix.GIBI(OCTET));
    public static final Unit<DataAmount> TEBIOCTET = addUnit(BinaryPrefix.TEBI(OCTET));
    public static final Unit<DataAmount> PEBIOCTET = addUnit(BinaryPrefix.PEBI(OCTET));
    public static final Unit<DataTransferRate> BIT_PER_SECOND = addUnit(new ProductUnit<>(BIT.divide(SECOND)));
    public static final Unit<DataTransferRate> KILOBIT_PER_SECOND = addUnit(MetricPrefix.KILO(BIT_PER_SECOND));
    public static final Unit<DataTransferRate> MEGABIT_PER_SECOND = addUnit(MetricPrefix.MEGA(BIT_PER_SECOND));
    public static final Unit<DataTransferRate> GIGABIT_PER_SECOND = addUnit(MetricPrefix.GIGA(BIT_PER_SECOND));
    public static final Unit<DataTransferRate> TERABIT_PER_SECOND = addUnit(MetricPrefix.TERA(BIT_PER_SECOND));

    static {
        SimpleUnitFormat format = SimpleUnitFormat.getInstance();
        for (Unit<?> unit : new Unit<?>[] { BAR, BIT, DEUTSCHE_HAERTE, KNOT, MILLIMETRE_OF_MERCURY }) {
            format.label(unit, unit.getSymbol());
        }
        label(format, "Ah", AMPERE_HOUR, "Bq/m³", BECQUEREL_PER_CUBIC_METRE, "bit/s", BIT_PER_SECOND, "B", BYTE,
                "cal", CALORIE, "kcal", KILO_CALORIE, "Ci", CURIE, "mCi", MILLI_CURIE, "µCi", MICRO_CURIE, "nCi",
                NANO_CURIE, "pCi", PICO_CURIE, "cm³", CUBIC_CENTIMETRE, "mm³", CUBIC_MILLIMETRE, "m³/d",
                CUBICMETRE_PER_DAY, "m³/h", CUBICMETRE_PER_HOUR, "m³/min", CUBICMETRE_PER_MINUTE, "m³/s",
                CUBICMETRE_PER_SECOND, "dB", DECIBEL, "dBm", DECIBEL_MILLIWATTS, "°", DEGREE_ANGLE, "DU",
                DOBSON_UNIT, "g/kWh", GRAM_PER_KILOWATT_HOUR, "GB", GIGABYTE, "GiB", GIBIBYTE, "Gbit", GIGABIT,
                "Gbit/s", GIGABIT_PER_SECOND, "W/m²", IRRADIANCE, "kB", KILOBYTE, "kiB", KIBIBYTE, "kbit", KILOBIT,
                "kbit/s", KILOBIT_PER_SECOND, "kg/m²", KILOGRAM_PER_SQUARE_METRE, "kvar", KILOVAR, "kvarh",
                KILOVAR_HOUR, "kVA", KILOVOLT_AMPERE, "kWh", KILOWATT_HOUR, "kWh/m³", KILOWATT_HOUR_PER_CUBICMETRE,
                "l/min", LITRE_PER_MINUTE, "MB", MEGABYTE, "MiB", MEBIBYTE, "Mbit", MEGABIT, "Mbit/s",
                MEGABIT_PER_SECOND, "MWh", MEGAWATT_HOUR, "µg/m³", MICROGRAM_PER_CUBICMETRE, "µW/cm²",
                MICROWATT_PER_SQUARE_CENTIMETRE, "mAh", MILLIAMPERE_HOUR, "mbar", MILLIBAR, "MK⁻¹", MIRED, "ppb",
                PARTS_PER_BILLION, "ppm", PARTS_PER_MILLION, "PB", PETABYTE, "PiB", PEBIBYTE, "Pbit", PETABIT, "rpm",
                RPM, "cm²", SQUARE_CENTIMETRE, "km²", SQUARE_KILOMETRE, "mm²", SQUARE_MILLIMETRE, "gₙ",
                STANDARD_GRAVITY, "S/m", SIEMENS_PER_METRE, "TB", TERABYTE, "TiB", TEBIBYTE, "Tbit", TERABIT,
                "Tbit/s", TERABIT_PER_SECOND, "var", VAR, "varh", VAR_HOUR, "VA", VOLT_AMPERE, "VAh",
                VOLT_AMPERE_HOUR, "Wh", WATT_HOUR, "Wh/m²", WATT_HOUR_PER_SQUARE_METRE, "Ws", WATT_SECOND);
        format.alias(BYTE, "o");
        format.alias(GIBIBYTE, "Gio");
        format.alias(KIBIBYTE, "kio");
        format.alias(MEBIBYTE, "Mio");
        format.alias(PEBIBYTE, "Pio");
        format.alias(TEBIBYTE, "Tio");
        format.alias(LITRE, "dm³");
        format.alias(MIRED, "mired");
        format.alias(MIRED, "mirek");
        format.alias(MONTH, "mo");
        format.alias(WEEK, "wk");
        format.alias(YEAR, "y");
    }

    private Units() {
    }

    public static SystemOfUnits getInstance() {
        return INSTANCE;
    }

    private static <U extends Unit<?>> U addUnit(U unit) {
        INSTANCE.units.add(unit);
        return unit;
    }

    private static <U extends Unit<?>> U addUnit(U unit, Class<? extends Quantity<?>> type) {
        INSTANCE.quantityToUnit.put(type, unit);
        return addUnit(unit);
    }

    private static Unit<Area> squareOf(Unit<?> length) {
        return new ProductUnit<>(length.multiply(length));
    }

    /** Registers symbols given as pairs (symbol, unit). */
    private static void label(SimpleUnitFormat format, Object... symbolUnitPairs) {
        for (int i = 0; i < symbolUnitPairs.length; i += 2) {
            format.label((Unit<?>) symbolUnitPairs[i + 1], (String) symbolUnitPairs[i]);
        }
    }
}
