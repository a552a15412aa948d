package org.modelterms.cluster;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on its own connection (a pooled one would be returned and reused) for what other
 * instances changed, and fires {@link RemoteChange} for this instance's caches and subscribers.
 * When the connection is lost, it reconnects with a growing pause and, once back, fires UNKNOWN:
 * notifications sent meanwhile are lost, so caches must start afresh.
 */
@ApplicationScoped
public class ClusterListener {

  private static final Logger LOG = Logger.getLogger(ClusterListener.class);

  @Inject ClusterConfig config;
  @Inject PrimaryDatasourceConfig primary;
  @Inject ClusterBus bus;
  @Inject Event<RemoteChange> remote;

  private volatile boolean running;
  private Thread thread;

  void start(@Observes StartupEvent event) {
    if (!config.listen()) {
      return;
    }
    running = true;
    thread = new Thread(this::listen, "modelterms-cluster-listener");
    thread.setDaemon(true);
    thread.start();
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void listen() {
    long pause = 500;
    boolean lostSome = false;
    while (running) {
      try (Connection connection = primary.connect()) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + ClusterBus.CHANNEL);
        }
        if (lostSome) {
          LOG.info("Listening for other instances' changes again; forgetting cached verdicts.");
          remote.fire(new RemoteChange(RemoteChange.Kind.UNKNOWN, null));
        }
        pause = 500;
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(5_000);
          if (notifications == null) {
            continue;
          }
          for (PGNotification notification : notifications) {
            bus.read(notification.getParameter()).ifPresent(this::deliver);
          }
        }
      } catch (SQLException e) {
        if (!running) {
          return;
        }
        lostSome = true;
        LOG.debugf("Listening connection lost (%s); retrying in %d ms", e.getMessage(), pause);
        try {
          Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
          return;
        }
        pause = Math.min(pause * 2, 10_000);
      }
    }
  }

  private void deliver(RemoteChange change) {
    try {
      remote.fire(change);
    } catch (RuntimeException e) {
      LOG.warn("A remote change could not be applied", e);
    }
  }
}
