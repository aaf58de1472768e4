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

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.IntConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The charger's settings and the 0x81xx → 0x01xx requests that read and change them (spec §3.3, §4.10–4.15). SET
 * requests must carry the full payload, GET requests only the action byte; bytes beyond that must be {@code 00}
 * (spec §2.6, D12). A SET with a value outside the documented range is refused: the answer carries the unchanged
 * value in effect, and the refusal is recorded as a tolerated client mistake. Tests read the values through the
 * public getters.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class DeviceSettings {

    static final int SYSTEM_TIME = 0x8101;
    static final int PASSWORD = 0x8102;
    static final int CHARGE_FEE = 0x8104;
    static final int SERVICE_FEE = 0x8105;
    static final int OUTPUT_CURRENT = 0x8107;
    static final int NICKNAME = 0x8108;
    static final int OFFLINE_CHARGE = 0x810D;
    static final int WEEKLY_PLAN = 0x810E;
    static final int LANGUAGE = 0x810F;
    static final int TEMPERATURE_UNIT = 0x8112;
    static final int BRIGHTNESS = 0x8162;

    static final int ACTION_REPORT = 0;
    static final int ACTION_SET = 1;
    static final int ACTION_GET = 2;

    private static final String NAME_PREFIX = "ACP#";
    private static final int APP_NAME_LIMIT = 15;
    private static final int NAME_FIELD = 32;
    private static final int PLAN_SLOTS = 7;
    private static final int PLAN_SLOT_SIZE = 9;

    private final SimulatorConfig config;
    private final DeviceClock clock;
    private final IntConsumer outputCurrentListener;
    private String pin;
    private String storedName;
    private int outputCurrent;
    private int language = 1;
    private int temperatureUnit = 1;
    private int offlineCharge;
    private byte[] chargeFee = { 1, 0, 0 };
    private byte[] serviceFee = { 1, 0, 0 };
    private byte[] weeklyPlan = HexFormat.of().parseHex("011600ffffffffffff".repeat(PLAN_SLOTS));
    private int brightness = 100;

    DeviceSettings(SimulatorConfig config, DeviceClock clock, IntConsumer outputCurrentListener) {
        this.config = config;
        this.clock = clock;
        this.outputCurrentListener = outputCurrentListener;
        this.pin = config.pin();
        this.storedName = config.nickname();
        this.outputCurrent = config.outputCurrent();
    }

    static boolean handles(int command) {
        return switch (command) {
            case SYSTEM_TIME, PASSWORD, CHARGE_FEE, SERVICE_FEE, OUTPUT_CURRENT, NICKNAME, OFFLINE_CHARGE, WEEKLY_PLAN,
                    LANGUAGE, TEMPERATURE_UNIT, BRIGHTNESS ->
                true;
            default -> false;
        };
    }

    public String pin() {
        return pin;
    }

    public String storedName() {
        return storedName;
    }

    public int outputCurrent() {
        return outputCurrent;
    }

    public int feeType() {
        return chargeFee[0] & 0xFF;
    }

    /**
     * @return the charge fee in 0.01 per kWh (probable layout of 0x8104, spec §4.15)
     */
    public int fee() {
        return ((chargeFee[1] & 0xFF) << 8) | (chargeFee[2] & 0xFF);
    }

    /**
     * @param command a request command for which {@link #handles} is true
     * @return the payload of the answer (command {@code command & 0x7fff})
     * @throws InvalidRequest if the charger would ignore the request
     */
    byte[] handle(int command, PayloadReader request, Tolerance tolerance) throws InvalidRequest {
        if (command == PASSWORD) {
            return changePassword(request.require(6, 6), tolerance);
        }
        if (command == BRIGHTNESS) {
            return brightness(request, tolerance);
        }
        int action = request.require(1, request.length()).u8(0);
        boolean isGet = action == ACTION_GET || (command == SYSTEM_TIME && action == ACTION_REPORT);
        if (isGet) {
            request.require(1, 1);
        } else if (action == ACTION_SET) {
            set(command, request, tolerance);
        } else {
            throw new InvalidRequest("unknown action " + action);
        }
        return answer(command & 0x7FFF, action);
    }

    /**
     * @param answerCommand a 0x01xx settings answer
     * @param action the action byte to put first (0 for an unsolicited report)
     * @return the answer payload carrying the value in effect
     */
    byte[] answer(int answerCommand, int action) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(action);
        out.writeBytes(switch (answerCommand) {
            case SYSTEM_TIME & 0x7FFF -> new PayloadWriter(4).u32(clock.now()).toArray();
            case CHARGE_FEE & 0x7FFF -> chargeFee.clone();
            case SERVICE_FEE & 0x7FFF -> serviceFee.clone();
            case OUTPUT_CURRENT & 0x7FFF -> new byte[] { (byte) outputCurrent };
            case NICKNAME & 0x7FFF -> new PayloadWriter(NAME_FIELD).ascii(nameWithoutPrefix(), NAME_FIELD).toArray();
            case OFFLINE_CHARGE & 0x7FFF -> new byte[] { (byte) offlineCharge };
            case WEEKLY_PLAN & 0x7FFF -> weeklyPlan.clone();
            case LANGUAGE & 0x7FFF -> new byte[] { (byte) language };
            case TEMPERATURE_UNIT & 0x7FFF -> new byte[] { (byte) temperatureUnit };
            default -> throw new IllegalArgumentException("not a settings answer: " + answerCommand);
        });
        return out.toByteArray();
    }

    private void set(int command, PayloadReader request, Tolerance tolerance) throws InvalidRequest {
        switch (command) {
            case SYSTEM_TIME -> setTime(request.require(5, 5).u32(1), tolerance);
            case CHARGE_FEE -> chargeFee = request.require(4, 4).bytes(1, 3);
            case SERVICE_FEE -> serviceFee = request.require(4, 4).bytes(1, 3);
            case OUTPUT_CURRENT -> setOutputCurrent(request.require(2, 2).u8(1), tolerance);
            case NICKNAME -> setName(request.require(33, 33), tolerance);
            case OFFLINE_CHARGE ->
                offlineCharge = inRange(request.require(2, 2).u8(1), 0, 1, offlineCharge, "offline charge", tolerance);
            case WEEKLY_PLAN -> setPlan(request.require(64, 64), tolerance);
            case LANGUAGE -> language = inRange(request.require(2, 2).u8(1), 1, 8, language, "language", tolerance);
            case TEMPERATURE_UNIT -> temperatureUnit = inRange(request.require(2, 2).u8(1), 1, 2, temperatureUnit,
                    "temperature unit", tolerance);
            default -> throw new IllegalArgumentException("not a settings request: " + command);
        }
    }

    private static int inRange(int value, int min, int max, int current, String what, Tolerance tolerance) {
        if (value < min || value > max) {
            tolerance.note(what + " " + value + " outside " + min + ".." + max + ", refused");
            return current;
        }
        return value;
    }

    private void setTime(long deviceTime, Tolerance tolerance) {
        if (deviceTime == 0 || deviceTime == 0xFFFF_FFFFL) {
            tolerance.note("system time " + deviceTime + " means 'not set', refused");
        } else {
            clock.set(deviceTime);
        }
    }

    private void setOutputCurrent(int amps, Tolerance tolerance) {
        int accepted = inRange(amps, 6, config.ratedCurrent(), outputCurrent, "output current", tolerance);
        if (accepted != outputCurrent) {
            outputCurrent = accepted;
            outputCurrentListener.accept(accepted);
        }
    }

    private void setName(PayloadReader request, Tolerance tolerance) throws InvalidRequest {
        if (!request.isPrintableAscii(1, NAME_FIELD)) {
            throw new InvalidRequest("nickname is not printable ASCII");
        }
        String name = request.ascii(1, NAME_FIELD);
        if (name.isEmpty()) {
            throw new InvalidRequest("empty nickname");
        }
        if (!name.startsWith(NAME_PREFIX)) {
            tolerance.note("nickname '" + name + "' without the ACP# prefix: clients will no longer find the charger");
        }
        if (name.length() > APP_NAME_LIMIT) {
            tolerance.note("nickname '" + name + "' longer than the app's 15 bytes");
        }
        if (name.endsWith(" ")) {
            tolerance.note("nickname '" + name + "' padded with spaces, which the charger advertises");
        }
        storedName = name;
    }

    private String nameWithoutPrefix() {
        return storedName.startsWith(NAME_PREFIX) ? storedName.substring(NAME_PREFIX.length()) : storedName;
    }

    private void setPlan(PayloadReader request, Tolerance tolerance) {
        for (int slot = 0; slot < PLAN_SLOTS; slot++) {
            int offset = 1 + slot * PLAN_SLOT_SIZE;
            if (request.u8(offset) > 3 || request.u8(offset + 1) > 23 || request.u8(offset + 2) > 59) {
                tolerance.note("weekly plan slot " + slot + " has an invalid flag, hour or minute, refused");
                return;
            }
        }
        weeklyPlan = request.bytes(1, PLAN_SLOTS * PLAN_SLOT_SIZE);
    }

    private byte[] changePassword(PayloadReader request, Tolerance tolerance) {
        String candidate = request.ascii(0, 6);
        if (candidate.matches("[0-9]{6}")) {
            pin = candidate;
        } else {
            tolerance.note("new password is not 6 ASCII digits, refused");
        }
        return new PayloadWriter(6).ascii(pin, 6).toArray();
    }

    /**
     * EVM's layout (spec §4.15, D25): {@code 00 01 ...} = GET, {@code 00 02 <0..100> ...} = SET; answered with the
     * same layout carrying the brightness in effect.
     */
    private byte[] brightness(PayloadReader request, Tolerance tolerance) throws InvalidRequest {
        request.require(3, 8);
        int operation = request.u8(1);
        if (request.u8(0) != 0 || (operation != 1 && operation != 2)) {
            throw new InvalidRequest("unknown brightness request");
        }
        if (operation == 2) {
            brightness = inRange(request.u8(2), 0, 100, brightness, "brightness", tolerance);
        }
        return new PayloadWriter(8).u8(0).u8(operation).u8(brightness).toArray();
    }

    public int brightness() {
        return brightness;
    }

    public byte[] weeklyPlan() {
        return Arrays.copyOf(weeklyPlan, weeklyPlan.length);
    }

    public int language() {
        return language;
    }

    public int temperatureUnit() {
        return temperatureUnit;
    }

    public int offlineCharge() {
        return offlineCharge;
    }
}
