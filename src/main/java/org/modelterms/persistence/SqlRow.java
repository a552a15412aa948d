package org.modelterms.persistence;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.query.NativeQuery;
import org.hibernate.query.TupleTransformer;

/**
 * One row of a native query, read by column label (the names the statement's aliases give), so that
 * a reader names what it takes instead of counting columns.
 */
public final class SqlRow {

  private final Map<String, Integer> columns;
  private final Object[] values;

  private SqlRow(Map<String, Integer> columns, Object[] values) {
    this.columns = columns;
    this.values = values;
  }

  /**
   * The rows of a native query, each turned into a value by {@code read} as it is fetched. The
   * labels are indexed once per result, not once per row.
   */
  public static <T> List<T> list(Query query, Function<SqlRow, T> read) {
    @SuppressWarnings("unchecked")
    NativeQuery<T> rows = query.unwrap(NativeQuery.class).setTupleTransformer(new Reader<>(read));
    return rows.getResultList();
  }

  /** The rows of a native query as they are, for readers that go over them more than once. */
  public static List<SqlRow> list(Query query) {
    return list(query, row -> row);
  }

  public Object get(String column) {
    Integer at = columns.get(column);
    if (at == null) {
      throw new IllegalArgumentException("No column " + column + " in " + columns.keySet());
    }
    return values[at];
  }

  /** Whether the statement selected the column at all. */
  public boolean has(String column) {
    return columns.containsKey(column);
  }

  public boolean isNull(String column) {
    return get(column) == null;
  }

  public String string(String column) {
    return (String) get(column);
  }

  /** A number column that is never null here. */
  public long number(String column) {
    return ((Number) get(column)).longValue();
  }

  /** A number column, null when null. */
  public Long numberOrNull(String column) {
    Object value = get(column);
    return value == null ? null : ((Number) value).longValue();
  }

  public Boolean bool(String column) {
    return (Boolean) get(column);
  }

  public LocalDate date(String column) {
    return SqlValues.localDate(get(column));
  }

  /** A text column holding an enum constant's name, null when null. */
  public <E extends Enum<E>> E enumOrNull(Class<E> type, String column) {
    String name = string(column);
    return name == null ? null : Enum.valueOf(type, name);
  }

  private static final class Reader<T> implements TupleTransformer<T> {

    private final Function<SqlRow, T> read;
    private String[] labels;
    private Map<String, Integer> columns;

    Reader(Function<SqlRow, T> read) {
      this.read = read;
    }

    @Override
    public T transformTuple(Object[] tuple, String[] aliases) {
      if (aliases != labels) {
        columns = index(aliases);
        labels = aliases;
      }
      return read.apply(new SqlRow(columns, tuple));
    }

    private static Map<String, Integer> index(String[] aliases) {
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < aliases.length; i++) {
        if (index.putIfAbsent(aliases[i], i) != null) {
          throw new IllegalStateException("Two columns are labelled " + aliases[i]);
        }
      }
      return index;
    }
  }
}
