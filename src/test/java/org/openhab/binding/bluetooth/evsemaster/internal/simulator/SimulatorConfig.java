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

import java.time.Duration;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;

/**
 * What the simulated charger is and how it behaves, as a fluent, mutable settings object: each property has a setter
 * taking the value (returning this) and a getter of the same name without arguments. Defaults describe a
 * single-phase 32 A BESEN BS20 (capture C01) with the serial and PIN of the spec's test vectors (§8), GATT revision
 * B, the 40-byte status format and 20-byte notifications. Identity and initial values are read when the simulator is
 * built; the timing ({@link #timing()}) whenever it is needed, so a test may change it between steps.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class SimulatorConfig {

    /** Device types with three phases (spec §6.1). */
    private static final Set<Integer> THREE_PHASE_TYPES = Set.of(10, 11, 12, 13, 14, 15, 22, 23, 24, 25);
    private static final double NOMINAL_VOLTAGE = 230.0;

    private byte[] serial = HexFormat.of().parseHex("0102030405060708");
    private String pin = "123456";
    private int deviceType = 1;
    private int ratedCurrent = 32;
    private long ratedPower;
    private String brand = "BESEN";
    private String model = "BS20";
    private String hardwareVersion = "C.3252.112A008";
    private String softwareVersion = "C.3252.112A008";
    private String hotline = "WWW.EVSE.COM";
    private long featureFlags = 0x42296d48L;
    private @Nullable Integer versionSupportByte = 0x0b;
    private @Nullable String nickname;
    private GattProfile gattProfile = GattProfile.REVISION_B;
    private int statusPayloadLength = 40;
    private int chargingStatusPayloadLength = 74;
    private ChunkPolicy chunkPolicy = ChunkPolicy.stream(ChunkPolicy.DEFAULT_ATT_PAYLOAD);
    private ZoneId zone = ZoneId.of("Europe/Berlin");
    private Duration clockOffset = Duration.ZERO;
    private final SimulatorTiming timing = new SimulatorTiming();
    private boolean answerWhileUnregistered;
    private long seed = 1;
    private int outputCurrent;
    private long energyCounter = 147_585;
    private double ambientTemperature = 25.0;
    private boolean outerSensor = true;

    // identity

    public SimulatorConfig serial(byte[] value) {
        if (value.length != 8) {
            throw new IllegalArgumentException("the serial has 8 bytes");
        }
        serial = value.clone();
        return this;
    }

    public byte[] serial() {
        return serial.clone();
    }

    /**
     * @param value the PIN the charger starts with: 6 ASCII digits
     */
    public SimulatorConfig pin(String value) {
        if (!value.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("the PIN has 6 digits");
        }
        pin = value;
        return this;
    }

    public String pin() {
        return pin;
    }

    /**
     * @param value login payload byte 0; selects the phase count (spec §6.1)
     */
    public SimulatorConfig deviceType(int value) {
        deviceType = value;
        return this;
    }

    public int deviceType() {
        return deviceType;
    }

    public int phases() {
        return THREE_PHASE_TYPES.contains(deviceType) ? 3 : 1;
    }

    public SimulatorConfig ratedCurrent(int amps) {
        ratedCurrent = amps;
        return this;
    }

    public int ratedCurrent() {
        return ratedCurrent;
    }

    /**
     * @param watts rated power in the login payload; 0 (default) derives phases × 230 V × rated current
     */
    public SimulatorConfig ratedPower(long watts) {
        ratedPower = watts;
        return this;
    }

    public long ratedPower() {
        return ratedPower > 0 ? ratedPower : Math.round(phases() * NOMINAL_VOLTAGE * ratedCurrent);
    }

    public SimulatorConfig brand(String value) {
        brand = value;
        return this;
    }

    public String brand() {
        return brand;
    }

    public SimulatorConfig model(String value) {
        model = value;
        return this;
    }

    public String model() {
        return model;
    }

    public SimulatorConfig hardwareVersion(String value) {
        hardwareVersion = value;
        return this;
    }

    public String hardwareVersion() {
        return hardwareVersion;
    }

    public SimulatorConfig softwareVersion(String value) {
        softwareVersion = value;
        return this;
    }

    public String softwareVersion() {
        return softwareVersion;
    }

    public SimulatorConfig hotline(String value) {
        hotline = value;
        return this;
    }

    public String hotline() {
        return hotline;
    }

    public SimulatorConfig featureFlags(long value) {
        featureFlags = value;
        return this;
    }

    public long featureFlags() {
        return featureFlags;
    }

    /**
     * @param value the 37th byte of the version answer, or null for the 36-byte answer of 2022 firmware (C05)
     */
    public SimulatorConfig versionSupportByte(@Nullable Integer value) {
        versionSupportByte = value;
        return this;
    }

    public @Nullable Integer versionSupportByte() {
        return versionSupportByte;
    }

    /**
     * @param value the stored BLE name, advertised verbatim; null (default) = factory name {@code ACP#EVSE} + the last
     *            four hex digits of the serial (spec §1.1)
     */
    public SimulatorConfig nickname(@Nullable String value) {
        nickname = value;
        return this;
    }

    public String nickname() {
        String name = nickname;
        if (name != null) {
            return name;
        }
        String hex = HexFormat.of().formatHex(serial);
        return "ACP#EVSE" + hex.substring(hex.length() - 4);
    }

    public SimulatorConfig gattProfile(GattProfile value) {
        gattProfile = value;
        return this;
    }

    public GattProfile gattProfile() {
        return gattProfile;
    }

    // formats

    /**
     * @param value payload length of 0x0004 / 0x000D: 25, 33 or 40 (spec §4.6)
     */
    public SimulatorConfig statusPayloadLength(int value) {
        if (value != 25 && value != 33 && value != 40) {
            throw new IllegalArgumentException("status payloads have 25, 33 or 40 bytes");
        }
        statusPayloadLength = value;
        return this;
    }

    public int statusPayloadLength() {
        return statusPayloadLength;
    }

    /**
     * @param value payload length of 0x0005 / 0x0006: 74 or 80 (spec §4.7)
     */
    public SimulatorConfig chargingStatusPayloadLength(int value) {
        if (value != 74 && value != 80) {
            throw new IllegalArgumentException("charging status payloads have 74 or 80 bytes");
        }
        chargingStatusPayloadLength = value;
        return this;
    }

    public int chargingStatusPayloadLength() {
        return chargingStatusPayloadLength;
    }

    public SimulatorConfig chunkPolicy(ChunkPolicy value) {
        chunkPolicy = value;
        return this;
    }

    public ChunkPolicy chunkPolicy() {
        return chunkPolicy;
    }

    // clock

    /**
     * @param value zone of the charger's wall clock, used for its initial device time
     */
    public SimulatorConfig zone(ZoneId value) {
        zone = value;
        return this;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * @param value how far the charger clock is ahead (positive) or behind (negative) at start
     */
    public SimulatorConfig clockOffset(Duration value) {
        clockOffset = value;
        return this;
    }

    public Duration clockOffset() {
        return clockOffset;
    }

    /**
     * @return the timing settings, mutable in place
     */
    public SimulatorTiming timing() {
        return timing;
    }

    // behaviour and initial state

    /**
     * @param value whether authorised requests other than the login pair are answered while no client is registered
     *            (RS measured this over UDP; default false, the stricter reading of P242 issue #5, spec D33)
     */
    public SimulatorConfig answerWhileUnregistered(boolean value) {
        answerWhileUnregistered = value;
        return this;
    }

    public boolean answerWhileUnregistered() {
        return answerWhileUnregistered;
    }

    /**
     * @param value seed of the random source for interval jitter and measurement noise
     */
    public SimulatorConfig seed(long value) {
        seed = value;
        return this;
    }

    public long seed() {
        return seed;
    }

    /**
     * @param amps initial 0x8107 output current; 0 (default) = the rated current
     */
    public SimulatorConfig outputCurrent(int amps) {
        outputCurrent = amps;
        return this;
    }

    public int outputCurrent() {
        return outputCurrent > 0 ? outputCurrent : ratedCurrent;
    }

    /**
     * @param value initial lifetime energy counter in 0.01 kWh
     */
    public SimulatorConfig energyCounter(long value) {
        energyCounter = value;
        return this;
    }

    public long energyCounter() {
        return energyCounter;
    }

    public SimulatorConfig ambientTemperature(double celsius) {
        ambientTemperature = celsius;
        return this;
    }

    public double ambientTemperature() {
        return ambientTemperature;
    }

    /**
     * @param value whether the outer temperature sensor exists; without it the field reads {@code ffff}
     */
    public SimulatorConfig outerSensor(boolean value) {
        outerSensor = value;
        return this;
    }

    public boolean outerSensor() {
        return outerSensor;
    }
}
