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

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;

/**
 * Plays one EVSE Master charger at byte level, strictly by the spec (§5.1, §7.2), on virtual time.
 * <p>
 * Link side (driven by the BLE fake or {@link SimulatedLink}): {@link #clientSubscribed()},
 * {@link #clientWrote(byte[])}, {@link #clientDisconnected()}; output goes to the attached {@link SimulatorPeer}.
 * <p>
 * Unregistered, it announces with 0x0001 ~1 s after the subscription and then every 3–5 s. 0x8002 with the right
 * password is answered with 0x0002; 0x8001 after that registers the client: headings 0x0003 every 10 s, status 0x0004
 * every 5–15 s, session status 0x0005 every 10 s, unacknowledged 0x0009 records every 3.6 s, no announcements. No
 * 0x8003 for 30 s, a link drop or a reboot ends the registration. Every request with a wrong password is answered
 * with 0x0155 {@code 00}, in any state. Other requests are only served while registered (unless configured
 * otherwise). Incoming bytes are reassembled as a stream (§1.5) and validated (§2.9); whatever the device would
 * ignore is ignored and recorded in {@link #log()}.
 * <p>
 * Test API: {@link #vehicle()} (plug, faults), {@link #faults()} (injection), {@link #log()} (what the client sent),
 * {@link #sentDatagrams()} / {@link #notifications()} (what the charger sent), {@link #settings()} and
 * {@link #charging()} (internal state). Not thread-safe: drive it from the test thread through the scheduler.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class ChargerSimulator {

    public static final int ANNOUNCEMENT = 0x0001;
    public static final int LOGIN_RESPONSE = 0x0002;
    public static final int HEADING = 0x0003;
    public static final int STATUS = 0x0004;
    public static final int CHARGING_STATUS = 0x0005;
    public static final int CHARGING_STATUS_RESPONSE = 0x0006;
    public static final int CHARGE_START_RESPONSE = 0x0007;
    public static final int CHARGE_STOP_RESPONSE = 0x0008;
    public static final int CHARGE_RECORD = 0x0009;
    public static final int STATUS_RECORD = 0x000D;
    public static final int VERSION_RESPONSE = 0x0106;
    public static final int PASSWORD_ERROR = 0x0155;

    private final SimulatorConfig config;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final ClientLog log = new ClientLog();
    private final DeviceClock deviceClock;
    private final EvModel ev;
    private final ChargeController controller;
    private final ChargingState state;
    private final NotificationPipe pipe;
    private final InboundStream inbound;
    private final Faults faults;
    private final Registration registration;
    private final TaskGroup linkTasks;
    private SimulatorPeer peer = SimulatorPeer.NONE;
    private boolean linked;
    private boolean silent;
    private int boots;
    private Instant bootUntil;
    private Instant nextProcessing;

    public ChargerSimulator(ManualScheduler scheduler, SimulatorConfig config) {
        this(scheduler, scheduler.clock(), config);
    }

    /**
     * @param scheduler runs every timer of the charger (a virtual-time scheduler in tests)
     * @param clock the time of that scheduler
     */
    public ChargerSimulator(ScheduledExecutorService scheduler, Clock clock, SimulatorConfig config) {
        this.config = config;
        this.scheduler = scheduler;
        this.clock = clock;
        this.deviceClock = new DeviceClock(clock, config.zone(), config.clockOffset());
        this.ev = new EvModel(config, clock, new Random(config.seed()));
        this.controller = new ChargeController(config, scheduler, clock, deviceClock, ev, this::recordReady);
        this.state = new ChargingState(config, ev, controller);
        this.pipe = new NotificationPipe(scheduler, config, bytes -> peer.notify(bytes), this::chargerDropsLink);
        this.inbound = new InboundStream(scheduler, clock, log, this::accept);
        this.faults = new Faults(this, pipe);
        this.registration = new Registration(config, scheduler, clock, new Random(config.seed() + 1), controller, state,
                this::send);
        this.linkTasks = new TaskGroup(scheduler);
        this.bootUntil = clock.instant();
        this.nextProcessing = bootUntil;
    }

    /**
     * @param newPeer receives the notifications and the charger's link drops from now on
     */
    public void attach(SimulatorPeer newPeer) {
        this.peer = newPeer;
    }

    // link side

    /**
     * The client connected and enabled notifications: the first announcement follows after ~1 s (after the boot if
     * the charger is still booting).
     */
    public void clientSubscribed() {
        if (linked) {
            return;
        }
        linked = true;
        Duration bootLeft = booting() ? Duration.between(clock.instant(), bootUntil) : Duration.ZERO;
        registration.startAnnouncing(bootLeft.plus(config.timing().firstAnnouncementDelay()));
    }

    /**
     * @param bytes exactly what the client wrote to the write characteristic (a whole datagram or any slice)
     */
    public void clientWrote(byte[] bytes) {
        if (!linked) {
            log.add(new ClientMistake(clock.instant(), true, "write while not connected", bytes));
            return;
        }
        inbound.feed(bytes);
    }

    /**
     * The client disconnected (or the link was lost): the registration ends. Idempotent.
     */
    public void clientDisconnected() {
        if (!linked) {
            return;
        }
        linked = false;
        registration.end();
        linkTasks.cancelAll();
        inbound.clear();
        pipe.discardPending();
    }

    void chargerDropsLink() {
        if (linked) {
            clientDisconnected();
            peer.dropLink();
        }
    }

    // inbound

    /**
     * A valid datagram arrived: it is processed after the answer delay, strictly in arrival order.
     */
    private void accept(Datagram datagram) {
        Instant now = clock.instant();
        Instant due = now.plus(config.timing().answerDelay());
        nextProcessing = due.isAfter(nextProcessing) ? due : nextProcessing;
        int boot = boots;
        scheduler.schedule(() -> process(datagram, boot), Duration.between(now, nextProcessing).toNanos(),
                TimeUnit.NANOSECONDS);
    }

    private void process(Datagram datagram, int boot) {
        if (silent || booting() || boot != boots) {
            return;
        }
        byte[] payload = datagram.payload();
        int command = datagram.command();
        if ((command & 0x8000) == 0) {
            ignore("charger command " + hex(command) + " sent by the client", datagram.encode());
        } else if (!Arrays.equals(datagram.password(), settings().pin().getBytes(StandardCharsets.US_ASCII))) {
            send(PASSWORD_ERROR, new byte[] { 0 });
        } else {
            if (!Arrays.equals(datagram.serial(), config.serial())) {
                tolerate("serial " + datagram.serialHex() + " is not the charger's", payload);
            }
            try {
                dispatch(command, new PayloadReader(payload), reason -> tolerate(reason, payload));
            } catch (InvalidRequest e) {
                ignore(hex(command) + ": " + e.getMessage(), payload);
            }
        }
    }

    private void dispatch(int command, PayloadReader request, Tolerance tolerance) throws InvalidRequest {
        boolean loginCommand = command == 0x8001 || command == 0x8002;
        if (!registration.isRegistered() && !loginCommand && !config.answerWhileUnregistered()) {
            throw new InvalidRequest("request while no client is registered");
        }
        switch (command) {
            case 0x8002 -> {
                registration.loginAccepted();
                send(LOGIN_RESPONSE, Reports.login(config));
            }
            case 0x8001 -> {
                request.require(1, 1);
                registration.confirm();
            }
            case 0x8003 -> registration.headingAnswered();
            case 0x8004, 0x8005 -> {
                // optional acknowledgements of 0x0004 / 0x0005 (spec D11): nothing to do
            }
            case 0x8006 -> {
                request.require(0, 1);
                send(CHARGING_STATUS_RESPONSE, state.chargingStatus(config.chargingStatusPayloadLength()));
            }
            case 0x800D -> {
                request.require(0, 0);
                send(STATUS_RECORD, state.status(config.statusPayloadLength()));
            }
            case 0x8007 -> send(CHARGE_START_RESPONSE, controller.start(request, tolerance));
            case 0x8008 -> send(CHARGE_STOP_RESPONSE, controller.stop(request));
            case 0x8009 -> controller.acknowledge(request);
            case 0x8106 -> {
                request.require(0, 0);
                send(VERSION_RESPONSE, Reports.version(config));
            }
            default -> dispatchSetting(command, request, tolerance);
        }
    }

    private void dispatchSetting(int command, PayloadReader request, Tolerance tolerance) throws InvalidRequest {
        if (!DeviceSettings.handles(command)) {
            throw new InvalidRequest("command not supported by this charger");
        }
        send(command & 0x7FFF, controller.settings().handle(command, request, tolerance));
        if (command == DeviceSettings.NICKNAME && request.u8(0) == DeviceSettings.ACTION_SET) {
            linkTasks.after(config.timing().renameDropDelay(), this::chargerDropsLink);
        }
    }

    private void ignore(String reason, byte[] bytes) {
        log.add(new ClientMistake(clock.instant(), true, reason, bytes));
    }

    private void tolerate(String reason, byte[] bytes) {
        log.add(new ClientMistake(clock.instant(), false, reason, bytes));
    }

    private static String hex(int command) {
        return String.format(Locale.ROOT, "0x%04x", command);
    }

    // outbound

    private void recordReady() {
        registration.recordReady();
    }

    private void send(int command, byte[] payload) {
        if (linked && !silent && !booting()) {
            pipe.send(Datagram.fromCharger(config.serial(), command, payload));
        }
    }

    /**
     * Sends a settings answer unsolicited, as chargers occasionally do (spec §3.3: 0x0101 with action 0, 0x010D with
     * action 1, ...), if a client is registered.
     *
     * @param answerCommand 0x0101, 0x0104, 0x0105, 0x0107, 0x0108, 0x010D, 0x010E, 0x010F or 0x0112
     * @param action the action byte to send
     */
    public void pushSetting(int answerCommand, int action) {
        if (registration.isRegistered()) {
            send(answerCommand, controller.settings().answer(answerCommand, action));
        }
    }

    // reboot and silence

    void reboot() {
        boots++;
        controller.powerLoss();
        registration.end();
        inbound.clear();
        pipe.discardPending();
        Duration boot = config.timing().bootDuration();
        bootUntil = clock.instant().plus(boot);
        linkTasks.after(boot, () -> {
            if (linked) {
                registration.startAnnouncing(config.timing().firstAnnouncementDelay());
            }
        });
    }

    private boolean booting() {
        return clock.instant().isBefore(bootUntil);
    }

    void setSilent(boolean silent) {
        this.silent = silent;
    }

    // observation

    public SimulatorConfig configuration() {
        return config;
    }

    public EvModel vehicle() {
        return ev;
    }

    public Faults faults() {
        return faults;
    }

    public ClientLog log() {
        return log;
    }

    public DeviceSettings settings() {
        return controller.settings();
    }

    public ChargingState charging() {
        return state;
    }

    /**
     * @return every datagram the charger sent, before chunking and corruption
     */
    public List<Datagram> sentDatagrams() {
        return pipe.sent();
    }

    public List<Integer> sentCommands() {
        return pipe.sent().stream().map(Datagram::command).toList();
    }

    /**
     * @return every notification delivered to the peer, as delivered (chunked, corrupted, duplicated)
     */
    public List<byte[]> notifications() {
        return pipe.notifications();
    }

    public boolean isLinked() {
        return linked;
    }

    public boolean isRegistered() {
        return registration.isRegistered();
    }

    /**
     * @return whether a client could connect now: not connected and not booting after a power cycle
     */
    public boolean isAdvertising() {
        return !linked && !booting();
    }

    /**
     * @return the advertised BLE local name: the stored nickname verbatim (spec §1.1)
     */
    public String advertisedName() {
        return controller.settings().storedName();
    }

    /**
     * @return the GATT layout whose characteristics carry the protocol on this charger (spec §1.2)
     */
    public GattProfile gattProfile() {
        return config.gattProfile();
    }

    /**
     * @return every GATT service the charger exposes, with its characteristics' write/notify properties, in discovery
     *         order (revision B includes the decoy services of a real BS20)
     */
    public Map<UUID, List<GattProfile.Characteristic>> gattServices() {
        return GattTable.services(config.gattProfile());
    }

    /**
     * @return the charger clock now, in device time (spec §2.11)
     */
    public long deviceTime() {
        return deviceClock.now();
    }

    /**
     * @param drift how far to move the charger clock (it drifts, spec §2.11)
     */
    public void shiftDeviceClock(Duration drift) {
        deviceClock.shift(drift);
    }
}
