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

import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStartResult;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStopResult;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Heading;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.HeadingResponse;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LanguageSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginInfo;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Message;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Nickname;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineCharge;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineChargeSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OutputCurrent;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.PasswordError;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.RawMessage;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.SystemTime;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnitSetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation with one charger over one link (spec §5, §7.1): login, keep-alive, reading identity and settings,
 * acknowledging pushes, the watchdog, and the commands. States and transitions are listed in {@link SessionState}.
 * <p>
 * Every entry point is synchronized and returns fast: nothing blocks, nothing sleeps, no thread is created. All
 * timing runs on the injected scheduler and clock. Commands return a future that completes with the charger's answer
 * record or fails with a {@link CommandException}; nothing is dropped silently: a command given while not logged in
 * fails at once with {@link CommandFailure#NOT_LOGGED_IN}, and leaving the logged-in state fails every waiting
 * command with {@link CommandFailure#LINK_LOST}. Futures complete and listener methods run with the session's lock
 * held.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class EvseSession {

    /** How long a request waits for its answer (spec §5.4: 5–8 s in other clients). */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

    private final Logger logger = LoggerFactory.getLogger(EvseSession.class);
    private final EvseLink link;
    private final SessionListener listener;
    private final Outbound outbound;
    private final Inbound inbound;
    private final PendingRequests requests;
    private final ChargerModel model;
    private final ClockPolicy clockPolicy;
    private final LoginSequence login;
    private final Watchdog watchdog;
    private final ChargingControl charging;
    private final SettingCommands settings;
    private SessionState state = SessionState.DISCONNECTED;

    public EvseSession(EvseLink link, SessionListener listener, SessionConfig config,
            ScheduledExecutorService scheduler, Clock clock) {
        this.link = link;
        this.listener = listener;
        SessionTimers timers = new SessionTimers(scheduler, this);
        this.outbound = new Outbound(link, timers, config.pin());
        this.requests = new PendingRequests(outbound, timers, ANSWER_TIMEOUT);
        this.model = new ChargerModel(listener, outbound);
        this.clockPolicy = new ClockPolicy(config, clock, requests, timers, listener);
        this.login = new LoginSequence(outbound, requests, model, clockPolicy, timers, this::announcementMissed,
                this::loginUnanswered);
        this.watchdog = new Watchdog(timers, clock, config, this::probe, this::deadLink);
        this.inbound = new Inbound(outbound, watchdog);
        this.charging = new ChargingControl(config, requests, model, clockPolicy,
                new RelayGuard(config.relayGuard(), clock), timers, listener, new Random());
        this.settings = new SettingCommands(requests, outbound, model, clock);
    }

    public synchronized SessionState state() {
        return state;
    }

    /**
     * The link is up and notifications are enabled: the charger announces itself within about a second. In a linked
     * state this means the link was replaced: the session starts over on the new one.
     */
    public synchronized void linkUp() {
        if (state == SessionState.WRONG_PASSWORD || state == SessionState.CLOSED) {
            logger.debug("Ignoring link up in state {}", state);
            return;
        }
        if (state.isLinked()) {
            stop("link replaced");
        }
        transition(SessionState.AWAITING_ANNOUNCEMENT, SessionReason.LINK_UP);
        watchdog.start();
        login.awaitAnnouncement();
    }

    /**
     * The link went down, whoever dropped it.
     */
    public synchronized void linkDown() {
        if (state.isLinked()) {
            SessionReason reason = settings.expectsRenameDrop() ? SessionReason.RENAMED : SessionReason.LINK_LOST;
            stop("link lost");
            transition(SessionState.DISCONNECTED, reason);
        }
    }

    /**
     * @param chunk one notification: any slice of the charger's byte stream (spec §1.5)
     */
    public synchronized void onNotification(byte[] chunk) {
        if (!state.isLinked()) {
            logger.trace("Ignoring {} bytes in state {}", chunk.length, state);
            return;
        }
        for (Message message : inbound.feed(chunk)) {
            if (state.isLinked()) {
                dispatch(message);
            }
        }
    }

    /**
     * Ends the session for good: waiting commands fail, timers stop, nothing is sent any more.
     */
    public synchronized void close() {
        if (state != SessionState.CLOSED) {
            stop("session closed");
            transition(SessionState.CLOSED, SessionReason.CLOSED);
        }
    }

    /**
     * Starts a session now or reserves one (spec §4.8); the clock is set first when clock sync is on.
     *
     * @return the charger's answer; fails with {@link CommandFailure#REFUSED} and reason codes [reservation result,
     *         error reason] unless error reason 0 and reservation result 0, 1 or 4; with
     *         {@link CommandFailure#RELAY_GUARD} within the relay guard interval
     */
    public synchronized CompletableFuture<ChargeStartResult> startCharging(ChargeRequest request) {
        return loggedIn() ? charging.start(request) : notLoggedIn();
    }

    /**
     * Stops the session or cancels a reservation (spec §4.9); never held back by the relay guard.
     *
     * @return the charger's answer; fails with {@link CommandFailure#REFUSED} and reason codes [stop result, fail
     *         reason] unless the fail reason is 0
     */
    public synchronized CompletableFuture<ChargeStopResult> stopCharging() {
        return loggedIn() ? charging.stop() : notLoggedIn();
    }

    /**
     * Sets the stored output current (spec §4.10); with restart on current change and a running session, the
     * session is stopped and started again so that the current takes effect (the future then completes after the
     * restart).
     *
     * @param amps 6 .. the rated current
     */
    public synchronized CompletableFuture<OutputCurrent> setOutputCurrent(int amps) {
        return loggedIn() ? charging.setOutputCurrent(amps) : notLoggedIn();
    }

    /**
     * Renames the charger (spec §4.11); it then drops the link, reported as {@link SessionReason#RENAMED}.
     *
     * @param name 1..11 printable ASCII characters, without the {@code ACP#} prefix
     */
    public synchronized CompletableFuture<Nickname> setName(String name) {
        return loggedIn() ? settings.setName(name) : notLoggedIn();
    }

    public synchronized CompletableFuture<LanguageSetting> setLanguage(Language language) {
        return loggedIn() ? settings.setLanguage(language) : notLoggedIn();
    }

    public synchronized CompletableFuture<TemperatureUnitSetting> setTemperatureUnit(TemperatureUnit unit) {
        return loggedIn() ? settings.setTemperatureUnit(unit) : notLoggedIn();
    }

    public synchronized CompletableFuture<OfflineChargeSetting> setOfflineCharge(OfflineCharge offlineCharge) {
        return loggedIn() ? settings.setOfflineCharge(offlineCharge) : notLoggedIn();
    }

    /**
     * @param percent 0..100 (0x8162 in EVM's layout, uncertain: spec §9 D25)
     */
    public synchronized CompletableFuture<RawMessage> setLcdBrightness(int percent) {
        return loggedIn() ? settings.setLcdBrightness(percent) : notLoggedIn();
    }

    /**
     * Changes the charger PIN (0x8102); every later datagram of this session carries the new PIN. The owner must
     * store the new PIN for the next session.
     *
     * @param newPin 6 ASCII digits
     */
    public synchronized CompletableFuture<RawMessage> changePin(String newPin) {
        return loggedIn() ? settings.changePin(newPin) : notLoggedIn();
    }

    /**
     * Sets the charger clock to the host's wall-clock time in the configured zone now.
     */
    public synchronized CompletableFuture<SystemTime> syncClock() {
        return loggedIn() ? clockPolicy.setNow() : notLoggedIn();
    }

    synchronized int pendingRequestCount() {
        return requests.size();
    }

    synchronized int bufferedBytes() {
        return inbound.buffered();
    }

    synchronized int writeBacklog() {
        return outbound.backlog();
    }

    private void dispatch(Message message) {
        if (message instanceof LoginInfo info) {
            onLoginInfo(info);
        } else if (message instanceof PasswordError) {
            wrongPassword();
        } else if (message instanceof Heading) {
            outbound.send(new HeadingResponse());
        } else {
            model.accept(message);
            if (message instanceof AcStatus status) {
                charging.onStatus(status);
            } else if (message instanceof SystemTime time) {
                clockPolicy.onTime(time);
            }
            if (!requests.complete(message) && message instanceof RawMessage raw) {
                logger.debug("Ignoring {}", raw);
            }
        }
    }

    private void onLoginInfo(LoginInfo info) {
        model.onLoginInfo(info);
        if (info.command() == Command.LOGIN_RESPONSE) {
            outbound.pinConfirmed();
            if (state == SessionState.LOGGING_IN) {
                loggedIn(info);
            }
        } else if (state == SessionState.AWAITING_ANNOUNCEMENT) {
            startLogin(SessionReason.LOGIN_REQUESTED);
        } else if (state == SessionState.LOGGED_IN) {
            logger.debug("Login announcement while logged in: the charger dropped the registration");
            leaveLoggedIn("registration lost");
            startLogin(SessionReason.REGISTRATION_LOST);
        }
    }

    private void announcementMissed() {
        logger.debug("No login announcement; logging in with the known serial");
        startLogin(SessionReason.LOGIN_REQUESTED);
    }

    private void startLogin(SessionReason reason) {
        login.start();
        transition(SessionState.LOGGING_IN, reason);
    }

    private void loggedIn(LoginInfo info) {
        login.accepted();
        logger.debug("Logged in to {} {} ({} phase(s), {} A)", info.brand(), info.model(), info.phases(),
                info.ratedCurrentAmperes());
        transition(SessionState.LOGGED_IN, SessionReason.LOGIN_ACCEPTED);
    }

    private void probe() {
        if (state == SessionState.LOGGED_IN && requests.size() == 0) {
            logger.debug("Link quiet, probing");
            requests.submitInternal(TemperatureUnitSetting.get());
        }
    }

    private void loginUnanswered() {
        logger.debug("Login not answered after {} attempts; dropping the link", LoginSequence.ATTEMPTS);
        drop(SessionReason.LOGIN_TIMEOUT, "login timeout");
    }

    private void deadLink() {
        logger.debug("No valid datagram for the watchdog timeout; dropping the link");
        drop(SessionReason.DEAD_LINK, "link dead");
    }

    private void drop(SessionReason reason, String why) {
        stop(why);
        transition(SessionState.DISCONNECTED, reason);
        link.drop();
    }

    private void wrongPassword() {
        requests.refuseInFlight("wrong password");
        if (outbound.tryAlternatePin()) {
            logger.debug("The charger refused the PIN after an unconfirmed PIN change; logging in with the other one");
            leaveLoggedIn("wrong password");
            startLogin(SessionReason.LOGIN_REQUESTED);
            return;
        }
        logger.debug("The charger refused the PIN");
        stop("wrong password");
        transition(SessionState.WRONG_PASSWORD, SessionReason.WRONG_PASSWORD);
    }

    /**
     * Ends all activity on the link: commands fail, timers stop, buffers are emptied.
     */
    private void stop(String why) {
        leaveLoggedIn(why);
        login.stop();
        watchdog.stop();
        outbound.reset();
        inbound.clear();
    }

    private void leaveLoggedIn(String why) {
        clockPolicy.stop();
        requests.close(CommandFailure.LINK_LOST, why);
        charging.failWaiting(why);
    }

    private boolean loggedIn() {
        return state == SessionState.LOGGED_IN;
    }

    private <T> CompletableFuture<T> notLoggedIn() {
        return CommandException.failed(CommandFailure.NOT_LOGGED_IN, "not logged in (" + state + ")");
    }

    private void transition(SessionState next, SessionReason reason) {
        logger.debug("Session {} -> {} ({})", state, next, reason);
        state = next;
        listener.onStateChanged(next, reason);
    }
}
