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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;

/**
 * A message whose payload layout is known: one record per layout of spec §4. Records that share a layout between
 * two commands (e.g. 0x0004 and 0x000D, or a 0x81xx request and its 0x01xx answer) carry the command as a component.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface TypedMessage extends
        Message permits LoginInfo, LoginRequest, LoginConfirm, Heading, HeadingResponse, PasswordError, AcStatus, AcStatusAck, StatusRecordRequest, ChargingStatus, ChargingStatusAck, ChargingStatusRequest, ChargeStart, ChargeStartResult, ChargeStop, ChargeStopResult, ChargeRecord, ChargeRecordAck, SystemTime, PasswordChange, FeeSetting, VersionRequest, VersionInfo, OutputCurrent, Nickname, WifiSettings, OfflineChargeSetting, WeeklyPlan, LanguageSetting, TemperatureUnitSetting, LcdBrightnessRequest {

    /**
     * @return the command of the datagram that carries this message
     */
    Command command();

    @Override
    default int commandCode() {
        return command().code();
    }
}
