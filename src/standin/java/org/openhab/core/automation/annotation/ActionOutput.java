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
package org.openhab.core.automation.annotation;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Stand-in of openHAB's {@code org.openhab.core.automation.annotation.ActionOutput} (compile/test only, never
 * shipped): describes an output of an action module. The default name is the value of openHAB's internal constant
 * {@code AnnotationActionHandler.MODULE_RESULT} ({@code "result"}), inlined here so the stand-in needs no internal
 * automation classes.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@Repeatable(ActionOutputs.class)
@Retention(RUNTIME)
@Target(ElementType.METHOD)
public @interface ActionOutput {

    /** Output name; the reserved name "qrCode" makes UIs render the value as QR code. */
    String name() default "result";

    /** Output type; the special type "qrCode" makes UIs render the value as QR code. */
    String type();

    String label() default "";

    String description() default "";

    String[] tags() default {};

    String reference() default "";

    String defaultValue() default "";
}
