package com.revreport.store.lock;

import com.revreport.model.StoreLocation;

import com.revreport.cli.CommandLine;
import com.revreport.model.InvalidOptionException;
import com.revreport.cli.Option;
import com.revreport.cli.Role;

import java.util.Optional;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;

/**
 * The store's lock, taken before the application context starts, so that a second run on a held store
 * exits 3 at once rather than after starting a context (most of an unchanged night's cost). A store named on
 * the command line, which no other setting overrides, is locked as Spring Boot starts, before it reads any
 * configuration or sets up logging (a refusal is then logged in Logback's plain format); any other (the
 * environment, application.yml, the default) once the context is made, empty, with the configuration
 * read. The held lock is handed to the context as the bean {@code storeLock}, which the store's beans depend
 * on and which is released after them when the context closes. The one place a store is locked: a store of
 * another kind takes its own lock here.
 */
class StoreLockAtStart implements SmartApplicationListener {

    /** The lock taken but not yet handed to a context: released here if the start fails before that. */
    private AutoCloseable unclaimed;

    /** The store {@link #unclaimed} locks, as {@code --store} named it. */
    private StoreLocation unclaimedStore;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationStartingEvent.class.isAssignableFrom(eventType)
                || ApplicationContextInitializedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    /** First as Spring Boot starts: before it sets up logging, which a refusal then would find half done. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent starting) {
            if (!workerOrBroker(starting.getArgs())) {
                storeOnTheCommandLine(starting.getArgs()).ifPresent(this::lock);
            }
        }
        else if (event instanceof ApplicationContextInitializedEvent initialized) {
            ConfigurableApplicationContext context = initialized.getApplicationContext();
            if (Binder.get(context.getEnvironment()).bind(Option.ROLE.key(), Role.class).orElse(Role.RUN) != Role.RUN) {
                // a worker writes under the lock of the run that sent it its months; a broker has no store
                release();
                handOver(context, () -> { });
                return;
            }
            String store = Binder.get(context.getEnvironment()).bind(Option.STORE.key(), String.class)
                    .orElseThrow(() -> new InvalidOptionException("--store is not set"));
            if (unclaimed == null || !unclaimedStore.equals(StoreLocation.of(store))) {
                release();
                lock(store);
            }
            handOver(context, unclaimed);
            unclaimed = null;
        }
        else if (event instanceof ApplicationFailedEvent) {
            release();
        }
    }

    /** {@code --revreport.store=DIR}, as {@link CommandLine} hands {@code --store=DIR} to Spring. */
    private void lock(String store) {
        unclaimedStore = StoreLocation.of(store);
        // the folder's file lock, or the database's advisory lock on a connection of its own: plain Java and
        // JDBC, taken before Spring starts, once a process (a second advisory-lock session would be refused)
        unclaimed = unclaimedStore.match(h2 -> StoreLock.acquire(h2.folder()),
                postgres -> PostgresStoreLock.acquire(postgres.url(), postgres.password()));
    }

    /** {@code --revreport.role=worker} or {@code broker}, as {@link CommandLine} hands {@code --role} to Spring. */
    private static boolean workerOrBroker(String[] args) {
        return CommandLine.givenToSpring(args, Option.ROLE).map(Role::named).filter(role -> role != Role.RUN).isPresent();
    }

    private static Optional<String> storeOnTheCommandLine(String[] args) {
        return CommandLine.givenToSpring(args, Option.STORE);
    }

    private static void handOver(ConfigurableApplicationContext context, AutoCloseable lock) {
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton("storeLock", lock);
        // a registered singleton is not destroyed by itself: released when the context closes or fails to
        // start, after the beans that use the store (a bean is destroyed after those that depend on it)
        beans.registerDisposableBean("storeLock", lock::close);
    }

    private void release() {
        if (unclaimed != null) {
            try {
                unclaimed.close();
            }
            catch (Exception e) {
                // the process is ending with the failure that brought us here, and its end releases the lock
            }
            unclaimed = null;
        }
    }
}
