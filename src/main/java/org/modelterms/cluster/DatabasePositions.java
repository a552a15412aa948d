package org.modelterms.cluster;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * WAL positions (LSNs, as byte offsets) of the primary and the replica. Every query runs outside
 * the caller's transaction: a connection taken inside it would be enlisted in it, and a transaction
 * may hold connections of one datasource only.
 */
@ApplicationScoped
class DatabasePositions {

  /** The insert position: past every commit record, even of asynchronous commits. */
  private static final String PRIMARY =
      "select (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint";

  /** -1 when the replica is not replaying (it was promoted): it must not be read any more. */
  private static final String REPLAYED =
      "select case when pg_is_in_recovery()"
          + " then (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint else -1 end";

  /** The primary's position, announced to the other instances in the same statement. */
  private static final String ANNOUNCED =
      "select position, pg_notify(?, replace(?, '\"@\"', position::text)) from"
          + " (select (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint as position) p";

  @Inject AgroalDataSource primary;

  @Inject
  @DataSource("replica")
  Instance<AgroalDataSource> replica;

  @Inject TransactionManager transactions;

  long primary() throws SQLException {
    return query(primary, PRIMARY);
  }

  long replayed() throws SQLException {
    return query(replica.get(), REPLAYED);
  }

  /** The primary's position, sent with NOTIFY on the channel in a message naming it "@". */
  long announcePrimary(String channel, String message) throws SQLException {
    return outsideTransaction(
        () -> {
          try (Connection c = primary.getConnection();
              PreparedStatement s = c.prepareStatement(ANNOUNCED)) {
            s.setString(1, channel);
            s.setString(2, message);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private long query(AgroalDataSource database, String query) throws SQLException {
    return outsideTransaction(
        () -> {
          try (Connection c = database.getConnection();
              PreparedStatement s = c.prepareStatement(query);
              ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  private <T> T outsideTransaction(SqlWork<T> work) throws SQLException {
    Transaction suspended;
    try {
      suspended = transactions.suspend();
    } catch (SystemException e) {
      throw new SQLException(e);
    }
    try {
      return work.run();
    } finally {
      if (suspended != null) {
        try {
          transactions.resume(suspended);
        } catch (InvalidTransactionException | SystemException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
