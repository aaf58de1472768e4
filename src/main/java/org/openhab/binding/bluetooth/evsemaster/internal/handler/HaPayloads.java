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
package org.openhab.binding.bluetooth.evsemaster.internal.handler;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.Component;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.Components;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.HaMirror;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Translates between openHAB and Home Assistant payloads: channel states into payloads in the units of
 * {@link Components}, and the commands the mirror validated into openHAB commands.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class HaPayloads {

    private static final Map<String, Unit<?>> UNITS = Map.of("W", Units.WATT, "V", Units.VOLT, "A", Units.AMPERE, "kWh",
            Units.KILOWATT_HOUR, "s", Units.SECOND, "°C", SIUnits.CELSIUS, "dBm", Units.DECIBEL_MILLIWATTS, "%",
            Units.PERCENT);

    private HaPayloads() {
    }

    /**
     * @param payload a command the mirror validated
     * @return the openHAB command, null for a channel that takes none
     */
    static @Nullable Command toCommand(String channelId, String payload) {
        return switch (channelId) {
            case EvseBindingConstants.CHANNEL_CHARGING -> OnOffType.from(payload);
            case EvseBindingConstants.CHANNEL_OUTPUT_CURRENT ->
                new QuantityType<>(new BigDecimal(payload), Units.AMPERE);
            case EvseBindingConstants.CHANNEL_NAME, EvseBindingConstants.CHANNEL_LANGUAGE,
                    EvseBindingConstants.CHANNEL_TEMPERATURE_UNIT ->
                new StringType(payload);
            default -> null;
        };
    }

    /**
     * @param zone the zone of date-times without one of their own
     * @return the state in Home Assistant's form: numbers in the unit of the channel's component, {@code ON}/
     *         {@code OFF}, option names, ISO-8601 with offset, {@link HaMirror#UNKNOWN} if undefined
     */
    static String toHomeAssistant(String channelId, State state, ZoneId zone) {
        if (state instanceof UnDefType) {
            return HaMirror.UNKNOWN;
        }
        if (state instanceof QuantityType<?> quantity) {
            Unit<?> unit = unitOf(channelId);
            QuantityType<?> converted = unit == null ? quantity : quantity.toUnit(unit);
            return converted == null ? HaMirror.UNKNOWN : converted.toBigDecimal().toPlainString();
        }
        if (state instanceof DecimalType number) {
            return number.toBigDecimal().toPlainString();
        }
        if (state instanceof DateTimeType dateTime) {
            return dateTime.getZonedDateTime(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return state.toString();
    }

    private static @Nullable Unit<?> unitOf(String channelId) {
        String symbol = Components.all().stream().filter(component -> component.channelId().equals(channelId))
                .map(Component::unit).findFirst().orElse(null);
        return symbol == null ? null : UNITS.get(symbol);
    }
}
