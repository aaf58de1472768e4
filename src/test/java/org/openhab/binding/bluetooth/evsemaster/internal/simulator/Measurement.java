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
package org.openhab.binding.bluetooth.evsemaster.internal.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One consistent sample of the charger's meters, in wire units.
 *
 * @param deciVolts voltage of L1, L2, L3 in 0.1 V (L2/L3 are 0 on single-phase units)
 * @param centiAmps current of L1, L2, L3 in 0.01 A
 * @param powerField the 0x0004 power field in W: V×I of L1 only (three-phase firmware reports one phase, D32)
 * @param energyCounter lifetime energy in 0.01 kWh
 * @param innerTemperature raw inner temperature (°C × 100 + 20000)
 * @param outerTemperature raw outer temperature, {@code 0xffff} without sensor
 * @param errorMask error bit field, code n = {@code 0x80000000 >>> n} (spec §6.6)
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
record Measurement(int[] deciVolts, int[] centiAmps, long powerField, long energyCounter, int innerTemperature,
        int outerTemperature, long errorMask) {

    Measurement {
        deciVolts = deciVolts.clone();
        centiAmps = centiAmps.clone();
    }

    @Override
    public int[] deciVolts() {
        return deciVolts.clone();
    }

    @Override
    public int[] centiAmps() {
        return centiAmps.clone();
    }
}
