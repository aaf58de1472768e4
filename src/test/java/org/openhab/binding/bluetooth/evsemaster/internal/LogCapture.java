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
package org.openhab.binding.bluetooth.evsemaster.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;

/**
 * Records every log event of a logger and its descendants at TRACE, for tests that prove what is never logged (the
 * PIN, MQTT credentials). The console appender of logback-test.xml is detached meanwhile, so that TRACE does not flood
 * the build output; {@link #close()} restores levels and appenders.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class LogCapture implements AutoCloseable {

    private static final String CONSOLE_APPENDER = "CONSOLE";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger captured;
    private final List<Logger> traced = new ArrayList<>();
    private final List<@Nullable Level> previousLevels = new ArrayList<>();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final @Nullable Appender<ILoggingEvent> console;

    private LogCapture(String capturedLogger, String... alsoAtTrace) {
        captured = (Logger) LoggerFactory.getLogger(capturedLogger);
        console = root.getAppender(CONSOLE_APPENDER);
        root.detachAppender(CONSOLE_APPENDER);
        traced.add(captured);
        for (String name : alsoAtTrace) {
            traced.add((Logger) LoggerFactory.getLogger(name));
        }
        for (Logger logger : traced) {
            previousLevels.add(logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
        events.start();
        captured.addAppender(events);
    }

    /**
     * @param capturedLogger the logger whose events (its descendants' included) are recorded, at TRACE
     * @param alsoAtTrace descendants that other tests may have set to a higher level
     */
    public static LogCapture start(String capturedLogger, String... alsoAtTrace) {
        return new LogCapture(capturedLogger, alsoAtTrace);
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(events.list);
    }

    /**
     * @return each event's formatted message followed by the messages of its exception chain
     */
    public List<String> texts() {
        return events().stream().map(LogCapture::text).toList();
    }

    private static String text(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            text.append(" | ").append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    @Override
    public void close() {
        captured.detachAppender(events);
        for (int i = 0; i < traced.size(); i++) {
            traced.get(i).setLevel(previousLevels.get(i));
        }
        Appender<ILoggingEvent> previous = console;
        if (previous != null) {
            root.addAppender(previous);
        }
    }
}
