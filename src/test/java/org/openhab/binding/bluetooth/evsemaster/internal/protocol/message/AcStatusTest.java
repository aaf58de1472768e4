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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.MessageFixtures.*;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Captures;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests {@link AcStatus} (0x0004 / 0x000D, spec §4.6) in its 25-, 33- and 40-byte forms against captures C02, C26,
 * P01 and the §8.2 vectors.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class AcStatusTest {

    @Test
    void decodesTheOld25BytePayloadC02() throws ProtocolException {
        AcStatus status = decode("C02", AcStatus.class);

        assertThat(status.command(), is(Command.AC_STATUS));
        assertThat(status.lineId(), is(1));
        assertThat(status.phases(), hasSize(1));
        assertThat(status.phases().get(0).volts(), is(dec("235.0")));
        assertThat(status.phases().get(0).amperes(), is(dec("0.00")));
        assertThat(status.powerWatts(), is(0L));
        assertThat(status.energyKwh(), is(dec("1475.85")));
        assertThat(status.innerTemperatureCelsius(), is(dec("26.74")));
        assertThat(status.outerTemperatureCelsius(), is(dec("26.74")));
        assertThat(status.emergencyButtonCode(), is(1));
        assertThat(status.plugState(), is(PlugState.CONNECTED));
        assertThat(status.outputState(), is(OutputState.IDLE));
        assertThat(status.currentState(), is(CurrentState.READY));
        assertThat(status.errorBits(), is(0L));
        assertThat(status.errors(), is(empty()));
        assertThat(status.secondaryStateCode(), is(nullValue()));
        assertThat(status.appChargingStatus(), is(AppChargingStatus.VEHICLE_CONNECTED));
    }

    @Test
    void decodesThe40BytePayloadOfAThreePhaseUnitC26() throws ProtocolException {
        AcStatus status = decode("C26", AcStatus.class);

        assertThat(status.lineId(), is(1));
        assertThat(status.phases(), contains(new PhaseMeasurement(dec("236.9"), dec("0")),
                new PhaseMeasurement(dec("232.2"), dec("0")), new PhaseMeasurement(dec("230.6"), dec("0"))));
        assertThat(status.powerWatts(), is(0L));
        assertThat(status.energyKwh(), is(dec("1576.84")));
        assertThat(status.innerTemperatureCelsius(), is(dec("32.26")));
        assertThat(status.outerTemperatureCelsius(), is(dec("32.26")));
        assertThat(status.emergencyButtonCode(), is(1));
        assertThat(status.plugState(), is(PlugState.NOT_CONNECTED));
        assertThat(status.outputState(), is(OutputState.IDLE));
        assertThat(status.currentStateCode(), is(12));
        assertThat(status.currentState(), is(CurrentState.NOT_CONNECTED));
        assertThat(status.errors(), is(empty()));
        assertThat(status.secondaryStateCode(), is(0xFF));
        assertThat(status.appChargingStatus(), is(AppChargingStatus.NOT_CONNECTED));
    }

    @Test
    void decodesTheStatusRecordPayloadP01WithTheSameLayout() throws ProtocolException {
        AcStatus status = AcStatus.decode(Command.STATUS_RECORD, Captures.capture("P01").payload());

        assertThat(status.command(), is(Command.STATUS_RECORD));
        assertThat(status.phases(),
                contains(new PhaseMeasurement(dec("235.4"), dec("0")), PhaseMeasurement.ZERO, PhaseMeasurement.ZERO));
        assertThat(status.powerWatts(), is(0L));
        assertThat(status.energyKwh(), is(dec("0.01")));
        assertThat(status.innerTemperatureCelsius(), is(dec("28.00")));
        assertThat(status.outerTemperatureCelsius(), is(dec("33.08")));
        assertThat(status.emergencyButtonCode(), is(1));
        assertThat(status.plugState(), is(PlugState.NOT_CONNECTED));
        assertThat(status.outputState(), is(OutputState.IDLE));
        assertThat(status.currentState(), is(CurrentState.NOT_CONNECTED));
        assertThat(status.errors(), is(empty()));
        assertThat(status.secondaryStateCode(), is(0xFF));
        assertThat(status.encodePayload(), is(Captures.capture("P01").payload()));
    }

    @Test
    void decodesTheThreePhaseChargingVectorWith33Bytes() throws ProtocolException {
        AcStatus status = decode("V-ac-status-3p-charging", AcStatus.class);

        assertThat(status.phases(), contains(new PhaseMeasurement(dec("230.5"), dec("10.00")),
                new PhaseMeasurement(dec("231.0"), dec("10.00")), new PhaseMeasurement(dec("229.5"), dec("10.00"))));
        assertThat(status.powerWatts(), is(6900L));
        assertThat(status.totalPowerWatts(), is(6910L));
        assertThat(status.energyKwh(), is(dec("1234.56")));
        assertThat(status.innerTemperatureCelsius(), is(dec("35.50")));
        assertThat(status.outerTemperatureCelsius(), is(nullValue()));
        assertThat(status.emergencyButtonCode(), is(1));
        assertThat(status.plugState(), is(PlugState.CONNECTED_LOCKED));
        assertThat(status.outputState(), is(OutputState.CHARGING));
        assertThat(status.currentState(), is(CurrentState.CHARGING));
        assertThat(status.errors(), is(empty()));
        assertThat(status.secondaryStateCode(), is(nullValue()));
        assertThat(status.appChargingStatus(), is(AppChargingStatus.CHARGING));
        assertThat(status.appChargingStatus().isCharging(), is(true));
    }

    @Test
    void decodesTheFaultVectorAsEmergencyStopInTheAppBitOrder() throws ProtocolException {
        AcStatus status = decode("V-ac-status-fault-6", AcStatus.class);

        assertThat(status.plugState(), is(PlugState.CONNECTED));
        assertThat(status.outputState(), is(OutputState.IDLE));
        assertThat(status.currentState(), is(CurrentState.EVSE_FAULT));
        assertThat(status.errorBits(), is(0x0200_0000L));
        assertThat(status.errors(), contains(ErrorFlag.EMERGENCY_STOP));
        assertThat(status.errors(), not(hasItem(ErrorFlag.INPUT_POWER_ERROR)));
        assertThat(status.appChargingStatus(), is(AppChargingStatus.FAULT));
    }

    @Test
    void encodesEveryFormBackToItsBytes() throws ProtocolException {
        for (String id : new String[] { "C02", "C26", "V-ac-status-3p-charging", "V-ac-status-fault-6" }) {
            assertPayloadRoundTrip(id);
        }
        assertChargerEncodesAs(decode("V-ac-status-3p-charging", AcStatus.class), "V-ac-status-3p-charging");
    }

    @Test
    void reportsEverySetErrorBit() throws ProtocolException {
        AcStatus status = withErrorBits(0x8000_0000L | 0x0200_0000L | 0x0000_0040L | 0x0000_0001L | 0x0000_4000L);

        assertThat(status.errors(), is(EnumSet.of(ErrorFlag.RELAY_STUCK_L1, ErrorFlag.EMERGENCY_STOP,
                ErrorFlag.INPUT_POWER_ERROR, ErrorFlag.METERING_FAILURE, ErrorFlag.UNKNOWN)));
        assertThat(roundTrip(status).errorBits(), is(status.errorBits()));
    }

    @Test
    void reportsAllThirtyTwoBitsWhenTheFieldIsFull() throws ProtocolException {
        AcStatus status = withErrorBits(0xFFFF_FFFFL);

        assertThat(status.errors(), is(EnumSet.allOf(ErrorFlag.class)));
    }

    @Test
    void keepsUnknownStateCodesRaw() throws ProtocolException {
        byte[] payload = Captures.capture("C02").payload();
        payload[18] = 16;
        payload[19] = 7;
        payload[20] = 21;

        AcStatus status = AcStatus.decode(Command.AC_STATUS, payload);

        assertThat(status.plugState(), is(PlugState.UNKNOWN));
        assertThat(status.plugStateCode(), is(16));
        assertThat(status.outputState(), is(OutputState.UNKNOWN));
        assertThat(status.outputStateCode(), is(7));
        assertThat(status.currentState(), is(CurrentState.UNKNOWN));
        assertThat(status.currentStateCode(), is(21));
        assertThat(status.appChargingStatus(), is(AppChargingStatus.UNKNOWN));
        assertThat(status.encodePayload(), is(payload));
    }

    @Test
    void letsSecondaryState18Or19ReplaceTheStateByte() throws ProtocolException {
        byte[] payload = Captures.capture("C26").payload();
        payload[34] = 18;

        AcStatus status = AcStatus.decode(Command.AC_STATUS, payload);

        assertThat(status.currentStateCode(), is(12));
        assertThat(status.currentState(), is(CurrentState.SECONDARY_18));
        payload[34] = 17;
        assertThat(AcStatus.decode(Command.AC_STATUS, payload).currentState(), is(CurrentState.NOT_CONNECTED));
    }

    @Test
    void acceptsLongerPayloadsAndIgnoresTheExtraBytes() throws ProtocolException {
        byte[] longer = extended(Captures.capture("C26").payload(), 48, 0x5A);

        assertThat(AcStatus.decode(Command.AC_STATUS, longer), is(decode("C26", AcStatus.class)));
    }

    @Test
    void rejectsAPayloadShorterThan25Bytes() {
        assertTooShort(Command.AC_STATUS, 24);
        assertTooShort(Command.STATUS_RECORD, 0);
    }

    @Test
    void readsA32BytePayloadAsSinglePhase() throws ProtocolException {
        byte[] payload = extended(Captures.capture("C02").payload(), 32, 0);

        assertThat(AcStatus.decode(Command.AC_STATUS, payload).phases(), hasSize(1));
    }

    @Test
    void roundTripsBoundaryValuesInEveryForm() throws ProtocolException {
        PhaseMeasurement max = new PhaseMeasurement(dec("6553.5"), dec("655.35"));
        roundTrip(new AcStatus(Command.AC_STATUS, 0, List.of(PhaseMeasurement.ZERO), 0, BigDecimal.ZERO, dec("-200.00"),
                null, 0, 0, 0, 0, 0, null));
        roundTrip(new AcStatus(Command.STATUS_RECORD, 255, List.of(max, max, max), 0xFFFF_FFFFL, dec("42949672.95"),
                dec("455.34"), dec("0"), 255, 255, 255, 255, 0xFFFF_FFFFL, null));
        AcStatus extended = roundTrip(new AcStatus(Command.AC_STATUS, 1, List.of(max, PhaseMeasurement.ZERO, max), 1,
                dec("0.01"), dec("-0.01"), dec("0.01"), 1, 1, 2, 12, 0, 255));
        assertThat(extended.encodePayload().length, is(AcStatus.EXTENDED_LENGTH));
    }

    @Test
    void rejectsValuesThatDoNotFit() {
        assertThrows(IllegalArgumentException.class, () -> new PhaseMeasurement(dec("6553.6"), dec("0")));
        assertThrows(IllegalArgumentException.class, () -> new PhaseMeasurement(dec("230.05"), dec("0")));
        assertThrows(IllegalArgumentException.class, () -> new PhaseMeasurement(dec("-1"), dec("0")));
        assertThrows(IllegalArgumentException.class,
                () -> new AcStatus(Command.AC_STATUS, 1, List.of(PhaseMeasurement.ZERO, PhaseMeasurement.ZERO), 0,
                        BigDecimal.ZERO, null, null, 1, 1, 2, 12, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new AcStatus(Command.AC_STATUS, 1,
                List.of(PhaseMeasurement.ZERO), 0, BigDecimal.ZERO, null, null, 1, 1, 2, 12, 0, 255));
        assertThrows(IllegalArgumentException.class, () -> new AcStatus(Command.AC_STATUS, 1,
                List.of(PhaseMeasurement.ZERO), 0, BigDecimal.ZERO, dec("455.35"), null, 1, 1, 2, 12, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new AcStatus(Command.HEADING, 1,
                List.of(PhaseMeasurement.ZERO), 0, BigDecimal.ZERO, null, null, 1, 1, 2, 12, 0, null));
    }

    @Test
    void usesTheReportedPowerWhenNoCurrentFlows() throws ProtocolException {
        AcStatus status = new AcStatus(Command.AC_STATUS, 1,
                List.of(new PhaseMeasurement(dec("230.0"), dec("0")), PhaseMeasurement.ZERO, PhaseMeasurement.ZERO), 15,
                BigDecimal.ZERO, null, null, 1, 1, 2, 12, 0, null);

        assertThat(status.totalPowerWatts(), is(15L));
    }

    private static AcStatus withErrorBits(long bits) throws ProtocolException {
        AcStatus fault = decode("V-ac-status-fault-6", AcStatus.class);
        return new AcStatus(fault.command(), fault.lineId(), fault.phases(), fault.powerWatts(), fault.energyKwh(),
                fault.innerTemperatureCelsius(), fault.outerTemperatureCelsius(), fault.emergencyButtonCode(),
                fault.plugStateCode(), fault.outputStateCode(), fault.currentStateCode(), bits,
                fault.secondaryStateCode());
    }
}
