package org.modelterms.history;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * SQL written over {@code ${table}} placeholders, read either from the live tables or from the rows
 * as the registry held them at the time bound to {@code :asKnownAt} (the {@code as_of} function
 * over the history the triggers keep; see docs/decisions/0004), so one statement answers both.
 */
public final class AsOfTables {

  private static final Pattern TABLE = Pattern.compile("\\$\\{([a-z_]+)}");

  /**
   * Each statement resolved once: the same on every call, and the regular expression showed in the
   * model page's profile.
   */
  private static final Map<String, String> NOW = new ConcurrentHashMap<>();

  private static final Map<String, String> AS_RECORDED = new ConcurrentHashMap<>();

  private AsOfTables() {}

  /** The statement over the live tables. */
  public static String now(String sql) {
    return NOW.computeIfAbsent(sql, s -> TABLE.matcher(s).replaceAll("$1"));
  }

  /** The statement over the tables as recorded at {@code :asKnownAt} (a timestamptz text). */
  public static String asRecorded(String sql) {
    return AS_RECORDED.computeIfAbsent(
        sql, s -> TABLE.matcher(s).replaceAll("as_of(null::$1, cast(:asKnownAt as timestamptz))"));
  }
}
