package org.modelterms.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The persistent embedded default is durable, and keeps its data between starts. */
class EmbeddedDatabaseTest {

  @Test
  void durableDatabaseSyncsCommitsAndKeepsDataAcrossRestarts() throws Exception {
    Path dir = Files.createTempDirectory("modelterms-durable");
    try (EmbeddedDatabase db =
        EmbeddedDatabase.start(dir, 0, EmbeddedDatabase.Durability.DURABLE)) {
      assertThat(setting(db, "fsync")).isEqualTo("on");
      assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
      execute(db, "create table kept (v text); insert into kept values ('still here')");
      db.stop();
      db.startServer();
      try (Connection c = connect(db);
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select v from kept")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("still here");
      }
    }
  }

  @Test
  void throwawayDatabaseKeepsZonkysFastSettings() throws Exception {
    Path dir = Files.createTempDirectory("modelterms-throwaway");
    try (EmbeddedDatabase db =
        EmbeddedDatabase.start(dir, 0, EmbeddedDatabase.Durability.THROWAWAY)) {
      assertThat(setting(db, "fsync")).isEqualTo("off");
    }
  }

  @Test
  void aBackgroundStartNamesItsPortAtOnceAndIsDurable() throws Exception {
    Path dir = Files.createTempDirectory("modelterms-background");
    try (EmbeddedDatabase db =
        EmbeddedDatabase.startInBackground(dir, 0, EmbeddedDatabase.Durability.DURABLE)) {
      assertThat(db.port()).isPositive();
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
      while (true) {
        try {
          assertThat(setting(db, "fsync")).isEqualTo("on");
          break;
        } catch (SQLException notYet) {
          if (System.nanoTime() > deadline) {
            throw notYet;
          }
          Thread.sleep(100);
        }
      }
      assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
      assertThat(db.isRunning()).isTrue();
    }
  }

  private static String setting(EmbeddedDatabase db, String name) throws SQLException {
    try (Connection c = connect(db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("show " + name)) {
      r.next();
      return r.getString(1);
    }
  }

  private static void execute(EmbeddedDatabase db, String sql) throws SQLException {
    try (Connection c = connect(db);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static Connection connect(EmbeddedDatabase db) throws SQLException {
    return DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "");
  }
}
