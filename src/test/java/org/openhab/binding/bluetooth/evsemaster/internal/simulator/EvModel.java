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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The vehicle and the charger's electrical side: plug, whether the car draws current, meters and fault bits. Power
 * is amps × phases × 230 V while current flows; the lifetime energy counter integrates it over virtual time and never
 * decreases. Voltages carry a little deterministic noise and sag by 1 V under load; measured currents are a little
 * below the limit, as real cars draw. Temperatures rise with the current above the ambient temperature.
 * <p>
 * Test API: {@link #plugIn()}, {@link #unplug()}, {@link #setDrawing(boolean)}, {@link #batteryFull()},
 * {@link #raiseErrors(int...)}, {@link #clearErrors(int...)}, {@link #setAmbientTemperature(double)}. Like the whole
 * simulator it is not thread-safe: drive it from the test thread.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class EvModel {

    /**
     * What the charge controller must react to.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    interface Listener {
        void plugChanged(boolean plugged);

        void batteryFull();

        void errorsChanged(long errorMask);
    }

    private static final int NOMINAL_DECIVOLTS = 2300;
    private static final long JOULES_PER_COUNT = 36_000; // 0.01 kWh
    private static final int NO_SENSOR = 0xFFFF;

    private final SimulatorConfig config;
    private final Clock clock;
    private final Random random;
    private Listener listener = new Listener() {
        @Override
        public void plugChanged(boolean plugged) {
        }

        @Override
        public void batteryFull() {
        }

        @Override
        public void errorsChanged(long errorMask) {
        }
    };
    private boolean plugged;
    private boolean drawing = true;
    private boolean full;
    private long errorMask;
    private double ambient;
    private int supplyAmps;
    private int supplyPhases;
    private long joules;
    private Instant lastUpdate;

    EvModel(SimulatorConfig config, Clock clock, Random random) {
        this.config = config;
        this.clock = clock;
        this.random = random;
        this.ambient = config.ambientTemperature();
        this.joules = config.energyCounter() * JOULES_PER_COUNT;
        this.lastUpdate = clock.instant();
    }

    void setListener(Listener listener) {
        this.listener = listener;
    }

    public void plugIn() {
        if (!plugged) {
            update();
            plugged = true;
            listener.plugChanged(true);
        }
    }

    public void unplug() {
        if (plugged) {
            update();
            plugged = false;
            full = false;
            listener.plugChanged(false);
        }
    }

    public boolean isPluggedIn() {
        return plugged;
    }

    /**
     * @param drawing whether the car takes current when the charger offers it (false: state 14 with plug 2,
     *            "waiting for the vehicle", spec §6.5)
     */
    public void setDrawing(boolean drawing) {
        update();
        this.drawing = drawing;
    }

    /**
     * The battery is full: the car stops drawing and a running session ends with state 17 and stop reason 13.
     */
    public void batteryFull() {
        update();
        full = true;
        listener.batteryFull();
    }

    public boolean isBatteryFull() {
        return full;
    }

    /**
     * @param codes error codes 0..31 (spec §6.6); the charger goes to state 1 and stops a running session
     */
    public void raiseErrors(int... codes) {
        update();
        for (int code : codes) {
            errorMask |= bit(code);
        }
        listener.errorsChanged(errorMask);
    }

    public void clearErrors(int... codes) {
        update();
        for (int code : codes) {
            errorMask &= ~bit(code);
        }
        listener.errorsChanged(errorMask);
    }

    public Set<Integer> errorCodes() {
        Set<Integer> codes = new TreeSet<>();
        for (int code = 0; code < 32; code++) {
            if ((errorMask & bit(code)) != 0) {
                codes.add(code);
            }
        }
        return codes;
    }

    public long errorMask() {
        return errorMask;
    }

    private static long bit(int code) {
        if (code < 0 || code > 31) {
            throw new IllegalArgumentException("error codes are 0..31: " + code);
        }
        return 0x8000_0000L >>> code;
    }

    /**
     * @param celsius ambient temperature; may be negative (raw values below 20000)
     */
    public void setAmbientTemperature(double celsius) {
        ambient = celsius;
    }

    /**
     * @return the lifetime energy counter in 0.01 kWh, as the charger reports it
     */
    public long energyCounter() {
        update();
        return joules / JOULES_PER_COUNT;
    }

    void supply(int amps, int phases) {
        update();
        supplyAmps = amps;
        supplyPhases = phases;
    }

    void supplyOff() {
        supply(0, 0);
    }

    /**
     * @return whether current flows into the car right now
     */
    boolean isFlowing() {
        return plugged && drawing && !full && errorMask == 0 && supplyAmps > 0;
    }

    private int flowingAmps() {
        return isFlowing() ? supplyAmps : 0;
    }

    /**
     * Integrates the energy up to now.
     */
    void update() {
        Instant now = clock.instant();
        long millis = Duration.between(lastUpdate, now).toMillis();
        if (millis > 0) {
            long watts = (long) flowingAmps() * supplyPhases * NOMINAL_DECIVOLTS / 10;
            joules += watts * millis / 1000;
            lastUpdate = lastUpdate.plusMillis(millis);
        }
    }

    Measurement measure() {
        update();
        int phases = config.phases();
        int[] volts = new int[3];
        int[] amps = new int[3];
        for (int line = 0; line < phases; line++) {
            boolean loaded = isFlowing() && line < supplyPhases;
            volts[line] = NOMINAL_DECIVOLTS + random.nextInt(-15, 16) - (loaded ? 10 : 0);
            amps[line] = loaded ? supplyAmps * 100 - random.nextInt(0, 16) : 0;
        }
        long power = Math.round(volts[0] * amps[0] / 1000.0);
        double current = (double) flowingAmps() * supplyPhases;
        int inner = raw(ambient + 0.25 * current);
        int outer = config.outerSensor() ? raw(ambient + 0.1 * current) : NO_SENSOR;
        return new Measurement(volts, amps, power, joules / JOULES_PER_COUNT, inner, outer, errorMask);
    }

    private static int raw(double celsius) {
        return (int) Math.round(20000 + celsius * 100);
    }
}
