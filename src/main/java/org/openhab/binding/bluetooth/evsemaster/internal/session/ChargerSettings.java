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
package org.openhab.binding.bluetooth.evsemaster.internal.session;

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineCharge;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;

/**
 * The charger's settings as far as known: read once after every login, then updated from every settings answer and
 * unsolicited settings report. Each value is null until the charger has reported it.
 *
 * @param outputCurrentAmperes the stored default charge current (spec §4.10)
 * @param name the nickname without the {@code ACP#} prefix (spec §4.11)
 * @param chargeFeePerKwh read-only: the session never changes the fees (spec §4.15)
 * @param serviceFeePerKwh read-only, like the charge fee
 * @param lcdBrightnessPercent the brightness last set through the session (0x8162 cannot be read back reliably,
 *            spec §9 D25)
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ChargerSettings(@Nullable Integer outputCurrentAmperes, @Nullable String name,
        @Nullable Language language, @Nullable TemperatureUnit temperatureUnit, @Nullable OfflineCharge offlineCharge,
        @Nullable BigDecimal chargeFeePerKwh, @Nullable BigDecimal serviceFeePerKwh,
        @Nullable Integer lcdBrightnessPercent) {
}
