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
import java.math.RoundingMode;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.library.types.PercentType} for compiling and testing the
 * binding only: a {@link DecimalType} limited to 0..100. Conversions to types outside the stand-in are left out.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class PercentType extends DecimalType {

    private static final long serialVersionUID = -9066279845951780879L;

    public static final PercentType ZERO = new PercentType(0);
    public static final PercentType HUNDRED = new PercentType(100);

    public PercentType() {
        this(0);
    }

    /**
     * @param value 0..100
     * @throws IllegalArgumentException if the value is outside 0..100
     */
    public PercentType(int value) {
        super(value);
        requireInRange();
    }

    /**
     * @param value 0..100, English separators
     * @throws NumberFormatException if the text is not a number
     * @throws IllegalArgumentException if the value is outside 0..100
     */
    public PercentType(String value) {
        this(value, Locale.ENGLISH);
    }

    /**
     * @param value 0..100
     * @param locale the locale giving decimal and grouping separators
     * @throws NumberFormatException if the text is not a number
     * @throws IllegalArgumentException if the value is outside 0..100
     */
    public PercentType(String value, Locale locale) {
        super(value, locale);
        requireInRange();
    }

    /**
     * @param value 0..100
     * @throws IllegalArgumentException if the value is outside 0..100
     */
    public PercentType(BigDecimal value) {
        super(value);
        requireInRange();
    }

    private void requireInRange() {
        if (value.signum() < 0 || value.compareTo(BIG_DECIMAL_HUNDRED) > 0) {
            throw new IllegalArgumentException("Value must be between 0 and 100");
        }
    }

    public static PercentType valueOf(String value) {
        return new PercentType(value);
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == OnOffType.class) {
            return target.cast(OnOffType.from(!equals(ZERO)));
        }
        if (target == DecimalType.class) {
            return target.cast(new DecimalType(value.divide(BIG_DECIMAL_HUNDRED, 8, RoundingMode.UP)));
        }
        if (target == QuantityType.class) {
            return target.cast(new QuantityType<>(value.doubleValue(), Units.PERCENT));
        }
        return defaultConversion(target);
    }
}
