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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Who the charger is: its login description (spec §4.1) and firmware version (§4.14). Reported once per login,
 * after the version answer or its timeout.
 *
 * @param serial the serial as the app shows it: 16 hex digits (spec §2.3)
 * @param hardwareVersion from the login description
 * @param softwareVersion from the version answer; null if the charger did not answer (spec §9 D38)
 * @param deviceType login payload byte 0; selects the phase count (spec §6.1)
 * @param phases 1 or 3
 * @param ratedPowerWatts in W
 * @param ratedCurrentAmperes in A per phase: the upper bound of every current setting
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ChargerIdentity(String serial, String brand, String model, String hardwareVersion,
        @Nullable String softwareVersion, int deviceType, int phases, long ratedPowerWatts, int ratedCurrentAmperes) {
}
