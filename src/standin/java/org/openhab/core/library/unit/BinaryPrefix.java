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

import org.eclipse.jdt.annotation.NonNullByDefault;

import tech.units.indriya.function.MultiplyConverter;
import tech.uom.lib.common.function.SymbolSupplier;
import tech.uom.lib.common.function.UnitConverterSupplier;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.library.unit.BinaryPrefix} for compiling and testing the
 * binding only: units scaled by powers of two (kibi = 2¹⁰ ... yobi = 2⁸⁰).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum BinaryPrefix implements SymbolSupplier, UnitConverterSupplier {
    YOBI("Yi", 80),
    ZEBI("Zi", 70),
    EXBI("Ei", 60),
    PEBI("Pi", 50),
    TEBI("Ti", 40),
    GIBI("Gi", 30),
    MEBI("Mi", 20),
    KIBI("Ki", 10);

    private final String symbol;
    private final UnitConverter converter;

    BinaryPrefix(String symbol, int powerOfTwo) {
        this.symbol = symbol;
        this.converter = MultiplyConverter.ofRational(BigInteger.TWO.pow(powerOfTwo), BigInteger.ONE);
    }

    @Override
    public String getSymbol() {
        return symbol;
    }

    @Override
    public UnitConverter getConverter() {
        return converter;
    }

    public static <Q extends Quantity<Q>> Unit<Q> YOBI(Unit<Q> unit) {
        return unit.transform(YOBI.getConverter());
    }

    public static <Q extends Quantity<Q>> Unit<Q> ZEBI(Unit<Q> unit) {
        return unit.transform(ZEBI.getConverter());
    }

    public static <Q extends Quantity<Q>> Unit<Q> EXBI(Unit<Q> unit) {
        return unit.transform(EXBI.getConverter());
    }

    public static <Q extends Quantity<Q>> Unit<Q> PEBI(Unit<Q> unit) {
        return unit.transform(PEBI.getConverter());
    }

    public static <Q extends Quantity<Q>> Unit<Q> TEBI(Unit<Q> unit) {
        return unit.transform(TEBI.getConverter());
    }

    public static <Q extends Quantity<Q>> Unit<Q> GIBI(Unit<Q> unit) {
        return unit.transform(GIBI.getConverter());
    }

    public static <Q extends Quantity<Q>> Unit<Q> MEBI(Unit<Q> unit) {
        return unit.transform(MEBI.getConverter());
    }

    public static <Q extends Quantity<Q>> Unit<Q> KIBI(Unit<Q> unit) {
        return unit.transform(KIBI.getConverter());
    }
}
