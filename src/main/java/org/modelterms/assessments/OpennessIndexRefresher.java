package org.modelterms.assessments;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.modelterms.cluster.RemoteChange;
import org.modelterms.shared.changes.ModelFactsChanged;

/**
 * Keeps the verdict index full in the background, so that model pages read today's OSAID verdict
 * with the model instead of computing it: some seconds after start, after every write here or on
 * another instance (a write drops the verdicts it may change), and when a page found a verdict
 * missing (a new day, say). One refresh at a time; requests never wait for it.
 */
@ApplicationScoped
public class OpennessIndexRefresher {

  private static final Logger LOG = Logger.getLogger(OpennessIndexRefresher.class);

  @Inject OpennessIndexConfig config;
  @Inject OpennessIndex index;

  private final AtomicBoolean pending = new AtomicBoolean();
  private ScheduledExecutorService executor;

  void start(@Observes StartupEvent event) {
    if (config.refresh()) {
      executor =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "verdict-index");
                t.setDaemon(true);
                return t;
              });
      refreshSoon();
    }
  }

  void stop(@Observes ShutdownEvent event) {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  void afterWrite(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModelFactsChanged change) {
    refreshSoon();
  }

  void afterRemoteWrite(@Observes RemoteChange change) {
    refreshSoon();
  }

  /** Asks for a refresh after the delay, unless one is already waiting. */
  public void refreshSoon() {
    if (executor != null && pending.compareAndSet(false, true)) {
      executor.schedule(this::refresh, config.refreshDelay().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @ActivateRequestContext
  void refresh() {
    pending.set(false);
    try {
      index.ensureFresh();
    } catch (RuntimeException e) {
      // The database may be down or busy; the next write or page asks again.
      LOG.debugf(e, "Refreshing the verdict index failed");
    }
  }
}
