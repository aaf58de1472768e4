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
package org.openhab.core.thing.binding;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.ConfigDescriptionRegistry;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.type.ThingType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.binding.BaseThingHandlerFactory} for compiling and testing
 * the binding only. {@link #registerHandler(Thing)} creates the handler and its {@link ThingHandlerService}s like
 * openHAB (it needs {@link #activate(ComponentContext)} first, e.g. with a mocked {@code ComponentContext});
 * config status providers, firmware update handlers and thing type lookups are not part of the stand-in.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    private static final String THING_HANDLER_SERVICE_CANONICAL_NAME = ThingHandlerService.class.getCanonicalName();

    protected @NonNullByDefault({}) BundleContext bundleContext;

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandlerFactory.class);

    private final Map<ThingUID, Set<RegisteredThingHandlerService<?>>> thingHandlerServices = new ConcurrentHashMap<>();

    /**
     * Keeps the bundle context; subclasses overriding this must call it first.
     *
     * @param componentContext the component context
     */
    protected void activate(ComponentContext componentContext) {
        bundleContext = componentContext.getBundleContext();
    }

    /**
     * Forgets the bundle context; subclasses overriding this must call it first.
     *
     * @param componentContext the component context
     */
    protected void deactivate(ComponentContext componentContext) {
        thingHandlerServices.clear();
        bundleContext = null;
    }

    /**
     * Returns the bundle context.
     *
     * @return the bundle context
     * @throws IllegalStateException if the factory is not active
     */
    protected BundleContext getBundleContext() {
        BundleContext context = this.bundleContext;
        if (context != null) {
            return context;
        }
        throw new IllegalStateException(
                "The bundle context is missing (it seems your thing handler factory is used but not active).");
    }

    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler thingHandler = createHandler(thing);
        if (thingHandler == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " could not create a handler for the thing '"
                    + thing.getUID() + "'.");
        }
        if (thing instanceof Bridge && !(thingHandler instanceof BridgeHandler)) {
            throw new IllegalStateException(
                    "Created handler of bridge '" + thing.getUID() + "' must implement the BridgeHandler interface.");
        }
        for (Class<? extends ThingHandlerService> serviceClass : thingHandler.getServices()) {
            registerService(thingHandler, serviceClass);
        }
        return thingHandler;
    }

    /**
     * Creates, binds and registers a service for the given handler, as openHAB does.
     *
     * @param thingHandler the handler the service belongs to
     * @param klass the service class
     */
    public void registerService(ThingHandler thingHandler, Class<? extends ThingHandlerService> klass) {
        ThingUID thingUID = thingHandler.getThing().getUID();
        if (!ThingHandlerService.class.isAssignableFrom(klass)) {
            logger.warn("Should register service={} for thingUID={}, but it does not implement ThingHandlerService.",
                    klass.getCanonicalName(), thingUID);
            return;
        }
        registerThingHandlerService(thingUID, thingHandler, klass);
    }

    private <T extends ThingHandlerService> void registerThingHandlerService(ThingUID thingUID,
            ThingHandler thingHandler, Class<T> serviceClass) {
        Component component = serviceClass.getAnnotation(Component.class);
        if (component != null && component.enabled() && (component.scope() != ServiceScope.PROTOTYPE
                || component.service().length != 1 || component.service()[0] != serviceClass)) {
            logger.warn("Could not register service for class={}: it must be a prototype service of itself only",
                    serviceClass.getCanonicalName());
            return;
        }
        RegisteredThingHandlerService<T> registered;
        ServiceReference<T> reference = bundleContext.getServiceReference(serviceClass);
        if (reference != null) {
            registered = new RegisteredThingHandlerService<>(bundleContext.getServiceObjects(reference));
        } else {
            try {
                registered = new RegisteredThingHandlerService<>(serviceClass.getConstructor().newInstance());
            } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                    | InvocationTargetException e) {
                logger.warn("Could not register service for class={}", serviceClass.getCanonicalName(), e);
                return;
            }
        }
        registered.initializeService(thingHandler, serviceNamesOf(serviceClass));
        thingHandlerServices.computeIfAbsent(thingUID, uid -> ConcurrentHashMap.newKeySet()).add(registered);
    }

    private static String[] serviceNamesOf(Class<?> serviceClass) {
        Set<Class<?>> interfaces = new HashSet<>();
        for (Class<?> type = serviceClass; type != null; type = type.getSuperclass()) {
            interfaces.addAll(Arrays.asList(type.getInterfaces()));
        }
        return interfaces.stream().map(Class::getCanonicalName)
                .filter(name -> name != null && !name.equals(THING_HANDLER_SERVICE_CANONICAL_NAME))
                .toArray(String[]::new);
    }

    /**
     * Creates the handler of the given thing.
     *
     * @param thing the thing
     * @return the handler or {@code null} if the thing is not supported
     */
    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler thingHandler = thing.getHandler();
        if (thingHandler != null) {
            removeHandler(thingHandler);
        }
        Set<RegisteredThingHandlerService<?>> services = thingHandlerServices.remove(thing.getUID());
        if (services != null) {
            services.forEach(RegisteredThingHandlerService::disposeService);
        }
    }

    protected void removeHandler(ThingHandler thingHandler) {
        // can be overridden
    }

    @Override
    public void removeThing(ThingUID thingUID) {
        // can be overridden
    }

    protected @Nullable ThingType getThingTypeByUID(ThingTypeUID thingTypeUID) {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    protected @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration, ThingUID thingUID) {
        return createThing(thingTypeUID, configuration, thingUID, null);
    }

    @Override
    public @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration,
            @Nullable ThingUID thingUID, @Nullable ThingUID bridgeUID) {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    protected @Nullable ConfigDescriptionRegistry getConfigDescriptionRegistry() {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    /**
     * A service instance created for one handler, with its OSGi registration.
     */
    private class RegisteredThingHandlerService<T extends ThingHandlerService> {

        private final T serviceInstance;
        private @Nullable ServiceObjects<T> serviceObjects;
        private @Nullable ServiceRegistration<?> serviceRegistration;

        RegisteredThingHandlerService(T serviceInstance) {
            this.serviceInstance = serviceInstance;
        }

        RegisteredThingHandlerService(ServiceObjects<T> serviceObjects) {
            this.serviceInstance = serviceObjects.getService();
            this.serviceObjects = serviceObjects;
        }

        void initializeService(ThingHandler handler, String[] serviceNames) {
            serviceInstance.setThingHandler(handler);
            if (serviceNames.length > 0) {
                serviceRegistration = bundleContext.registerService(serviceNames, serviceInstance, null);
            }
            serviceInstance.initialize();
        }

        void disposeService() {
            serviceInstance.dispose();
            ServiceRegistration<?> registration = serviceRegistration;
            if (registration != null) {
                registration.unregister();
            }
            ServiceObjects<T> objects = serviceObjects;
            if (objects != null) {
                objects.ungetService(serviceInstance);
            }
        }
    }
}
