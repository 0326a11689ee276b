package org.tlang.embed.fake;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.LoggerFactory;
import org.tlang.api.TlangRuntime;

/** A stand-in kernel (start level 2) for {@code BootOrderTest}: registers a runtime that says which SLF4J it sees and what it is bound to. */
public final class KernelActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        TlangRuntime runtime = (TlangRuntime) Proxy.newProxyInstance(KernelActivator.class.getClassLoader(),
                new Class<?>[] {TlangRuntime.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        context.registerService(TlangRuntime.class, runtime, FrameworkUtil.asDictionary(Map.of("slf4j", LoggerFactory.class,
                "loggerFactory", LoggerFactory.getILoggerFactory().getClass().getName())));
    }

    @Override
    public void stop(BundleContext context) {
    }
}
