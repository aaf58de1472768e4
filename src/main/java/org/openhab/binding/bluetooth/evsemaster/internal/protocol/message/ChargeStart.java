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
package org.openhab.binding.bluetooth.evsemaster.internal.protocol.message;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * 0x8007 ChargeStart (spec §4.8), client→charger: starts a session now or reserves one; answered by 0x0007
 * ({@link ChargeStartResult}). The car must be plugged in, also for reservations.
 *
 * <pre>
 * offset width field             encoding
 *      0     1 line id           u8: 1 single-phase units, 2 three-phase units ({@link PhaseMode}, §9 D16)
 *      1    16 user id           ASCII, 00-padded; shown in the app's charge history
 *     17    16 charge id         ASCII, 16 characters (app: yyyyMMddHHmm + 4 digits, §9 D36)
 *     33     1 is reservation    00 = start now, 01 = start at the time below
 *     34     4 start time        device time (§2.11); the current time for an immediate start
 *     38     1 start type        {@link StartType}, 01 from the app
 *     39     1 charge type       {@link ChargeType}, 01 normal, 0b see {@link PhaseMode#FORCED_SINGLE_PHASE}
 *     40     6 limits            {@link ChargeLimits}: duration, energy, limit 3 (always ffff)
 *     46     1 max current       u8 A, 6 .. rated current
 * </pre>
 *
 * Always 47 bytes; longer payloads are accepted.
 *
 * @param startTime charger wall-clock time of the start or reservation, null only when decoded from 0
 * @param maxCurrentAmperes session current limit in A
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ChargeStart(int lineId, String userId, String chargeId, boolean reservation,
        @Nullable LocalDateTime startTime, int startTypeCode, int chargeTypeCode, ChargeLimits limits,
        int maxCurrentAmperes) implements TypedMessage {

    public static final int LENGTH = 47;
    private static final int ID_WIDTH = 16;
    private static final DateTimeFormatter CHARGE_ID_PREFIX = DateTimeFormatter.ofPattern("yyyyMMddHHmm", Locale.ROOT);
    private static final int CHARGE_ID_SUFFIX_LIMIT = 10_000;

    /**
     * @throws IllegalArgumentException if a value does not fit its field
     */
    public ChargeStart {
        for (int value : new int[] { lineId, startTypeCode, chargeTypeCode, maxCurrentAmperes }) {
            Fields.checkRange(value, 0, Fields.U8_MAX, "u8 field");
        }
        Fields.checkText(userId, ID_WIDTH, "user id");
        Fields.checkText(chargeId, ID_WIDTH, "charge id");
        startTime = Fields.checkTime(startTime);
    }

    /**
     * An immediate single-phase start from the app, without limits.
     *
     * @param now the charger's wall-clock time now
     * @param maxCurrentAmperes {@link OutputCurrent#MIN_AMPERES} .. {@link OutputCurrent#MAX_AMPERES}; the caller also
     *            keeps it at or below the rated current (login byte 53)
     * @throws IllegalArgumentException if the current is out of range or an id does not fit
     */
    public static ChargeStart now(String userId, String chargeId, LocalDateTime now, int maxCurrentAmperes) {
        Fields.checkRange(maxCurrentAmperes, OutputCurrent.MIN_AMPERES, OutputCurrent.MAX_AMPERES, "max current");
        return new ChargeStart(PhaseMode.SINGLE_PHASE.lineId(), userId, chargeId, false, now, StartType.APP.code(),
                ChargeType.NORMAL.code(), ChargeLimits.NONE, maxCurrentAmperes);
    }

    /**
     * @param at charger wall-clock time to start at; the charger accepts up to 24 h ahead
     * @return this start as a reservation
     */
    public ChargeStart reservedFor(LocalDateTime at) {
        return new ChargeStart(lineId, userId, chargeId, true, at, startTypeCode, chargeTypeCode, limits,
                maxCurrentAmperes);
    }

    public ChargeStart withLimits(ChargeLimits newLimits) {
        return new ChargeStart(lineId, userId, chargeId, reservation, startTime, startTypeCode, chargeTypeCode,
                newLimits, maxCurrentAmperes);
    }

    public ChargeStart withPhaseMode(PhaseMode mode) {
        return new ChargeStart(mode.lineId(), userId, chargeId, reservation, startTime, startTypeCode,
                mode.chargeType().code(), limits, maxCurrentAmperes);
    }

    /**
     * @param wallClock the charger's wall-clock time
     * @param suffix 0..9999, e.g. random
     * @return a charge id in the current app's format: {@code yyyyMMddHHmm} + 4 digits, e.g. 2025010112001337
     */
    public static String chargeId(LocalDateTime wallClock, int suffix) {
        Fields.checkRange(suffix, 0, CHARGE_ID_SUFFIX_LIMIT - 1, "suffix");
        return CHARGE_ID_PREFIX.format(wallClock) + String.format(Locale.ROOT, "%04d", suffix);
    }

    public StartType startType() {
        return StartType.fromCode(startTypeCode);
    }

    public ChargeType chargeType() {
        return ChargeType.fromCode(chargeTypeCode);
    }

    public static ChargeStart decode(byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.of(Command.CHARGE_START, payload, LENGTH);
        return new ChargeStart(in.u8(0), in.text(1, ID_WIDTH), in.text(17, ID_WIDTH), in.u8(33) != 0, in.time(34),
                in.u8(38), in.u8(39), ChargeLimits.read(in, 40), in.u8(46));
    }

    @Override
    public Command command() {
        return Command.CHARGE_START;
    }

    @Override
    public byte[] encodePayload() {
        PayloadWriter out = new PayloadWriter().u8(lineId).text(userId, ID_WIDTH).text(chargeId, ID_WIDTH)
                .u8(reservation ? 1 : 0).time(startTime).u8(startTypeCode).u8(chargeTypeCode);
        limits.write(out);
        return out.u8(maxCurrentAmperes).toByteArray();
    }
}
