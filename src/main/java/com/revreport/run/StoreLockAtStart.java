package com.revreport.run;

import org.springframework.boot.bootstrap.BootstrapContextClosedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * The store's lock, taken as soon as the options are known (command line, environment,
 * application.yml: the environment is prepared) and before the application context is created, so
 * that a second run on a held store exits 3 at once, without starting a context whose start-up is most
 * of a run's cost on an unchanged night. The held lock is handed to the context as the bean
 * {@code storeLock}, which the store's beans depend on and which is released after them, when the
 * context closes. The one place a store is locked: a store of another kind takes its own lock here.
 */
class StoreLockAtStart implements SmartApplicationListener {

    /** After Spring Boot's logging is set up, so that a refusal is in the log as well as on stderr. */
    private static final int ORDER = LoggingApplicationListener.DEFAULT_ORDER + 1;

    /** The lock taken but not yet handed to a context: released here if the start fails before that. */
    private AutoCloseable unclaimed;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            String store = Binder.get(prepared.getEnvironment()).bind(Option.STORE.key(), String.class)
                    .orElseThrow(() -> new InvalidOptionException("--store is not set"));
            AutoCloseable lock = StoreLocation.of(store).lock();
            unclaimed = lock;
            prepared.getBootstrapContext().addCloseListener(closed -> handOver(closed, lock));
        }
        else if (event instanceof ApplicationFailedEvent && unclaimed != null) {
            release(unclaimed);
        }
    }

    private void handOver(BootstrapContextClosedEvent closed, AutoCloseable lock) {
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) closed.getApplicationContext().getBeanFactory();
        beans.registerSingleton("storeLock", lock);
        // a registered singleton is not destroyed by itself: released when the context closes or fails to
        // start, after the beans that use the store (a bean is destroyed after those that depend on it)
        beans.registerDisposableBean("storeLock", lock::close);
        unclaimed = null;
    }

    private static void release(AutoCloseable lock) {
        try {
            lock.close();
        }
        catch (Exception e) {
            // the process is ending with the failure that brought us here, and its end releases the lock
        }
    }
}
