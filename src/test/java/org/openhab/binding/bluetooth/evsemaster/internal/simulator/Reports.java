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
import org.eclipse.jdt.annotation.Nullable;

/**
 * Payloads the charger sends, laid out byte by byte from spec §4 (independently of {@code protocol.message}).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class Reports {

    /** Port/line id in every status message, also on three-phase units (spec D16). */
    private static final int STATUS_LINE = 1;
    private static final int EMERGENCY_NORMAL = 1;
    private static final int UNKNOWN_BYTE_33 = 3;
    private static final int SECONDARY_STATE_UNUSED = 0xFF;
    private static final int HAS_STOP_CHARGE = 2;

    private Reports() {
    }

    /**
     * @return the 70-byte device description of 0x0001 and 0x0002 (spec §4.1)
     */
    static byte[] login(SimulatorConfig config) {
        return new PayloadWriter(70).u8(config.deviceType()).ascii(config.brand(), 16).ascii(config.model(), 16)
                .ascii(config.hardwareVersion(), 16).u32(config.ratedPower()).u8(config.ratedCurrent())
                .ascii(config.hotline(), 16).toArray();
    }

    /**
     * @return the 0x0004 / 0x000D payload in the configured length 25, 33 or 40 (spec §4.6)
     */
    static byte[] status(Measurement meters, int plug, int output, int state, int length) {
        int[] volts = meters.deciVolts();
        int[] amps = meters.centiAmps();
        PayloadWriter writer = new PayloadWriter(length).u8(STATUS_LINE).u16(volts[0]).u16(amps[0])
                .u32(meters.powerField()).u32(meters.energyCounter()).u16(meters.innerTemperature())
                .u16(meters.outerTemperature()).u8(EMERGENCY_NORMAL).u8(plug).u8(output).u8(state)
                .u32(meters.errorMask());
        if (length >= 33) {
            writer.u16(volts[1]).u16(amps[1]).u16(volts[2]).u16(amps[2]);
        }
        if (length >= 40) {
            writer.u8(UNKNOWN_BYTE_33).u8(SECONDARY_STATE_UNUSED);
        }
        return writer.toArray();
    }

    /**
     * @param session the running or last session, or null if none ever ran (all session fields zero)
     * @return the 0x0005 / 0x0006 payload, 74 or 80 bytes (spec §4.7)
     */
    static byte[] chargingStatus(@Nullable ChargeSession session, int state, long counterNow, long duration,
            int feeType, int fee, int length) {
        PayloadWriter writer = new PayloadWriter(length).u8(STATUS_LINE).u8(state);
        if (session == null) {
            writer.skip(57).u32(counterNow).skip(11);
        } else {
            long energy = session.energy(counterNow);
            writer.ascii(session.chargeId, 16).u8(session.startType).u8(session.chargeType).u16(session.limitMinutes)
                    .u16(session.limitEnergy).u16(session.limitFee).u32(session.reservationTime)
                    .ascii(session.userId, 16).u8(session.maxCurrent).u32(session.startTime).u32(duration)
                    .u32(session.ended ? 0 : session.counterAtStart).u32(counterNow).u32(energy).u32(energy * fee / 100)
                    .u8(feeType).u16(fee);
        }
        if (length == 80) {
            writer.u8(SECONDARY_STATE_UNUSED);
        }
        return writer.toArray();
    }

    /**
     * @return the 97-byte 0x0009 record of an ended session, without sample log (spec §4.13)
     */
    static byte[] record(ChargeSession session, int feeType, int fee) {
        long energy = session.energy(session.counterAtStop);
        return new PayloadWriter(97).u8(STATUS_LINE).ascii(session.userId, 16).ascii(session.endUserId, 16)
                .ascii(session.chargeId, 16).u8(session.reservation ? 1 : 0).u8(session.startType)
                .u8(session.chargeType).u16(session.limitMinutes).u16(session.limitEnergy).u16(session.limitFee)
                .u8(session.stopReason).u8(HAS_STOP_CHARGE).u32(session.reservationTime).u32(session.startTime)
                .u32(session.stopTime).u32(session.chargedSeconds).u32(session.counterAtStart)
                .u32(session.counterAtStop).u32(energy).u32(energy * fee / 100).u8(feeType).u16(fee).u16(0).toArray();
    }

    /**
     * @return the 0x0106 payload: 36 bytes, or 37 with the support byte (spec §4.14)
     */
    static byte[] version(SimulatorConfig config) {
        Integer supportByte = config.versionSupportByte();
        PayloadWriter writer = new PayloadWriter(supportByte == null ? 36 : 37).ascii(config.hardwareVersion(), 16)
                .ascii(config.softwareVersion(), 16).u32(config.featureFlags());
        if (supportByte != null) {
            writer.u8(supportByte);
        }
        return writer.toArray();
    }
}
