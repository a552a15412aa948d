package org.modelterms.persistence;

import java.sql.Date;
import java.time.LocalDate;

/**
 * Values of native query results as Java types: the JDBC driver hands a {@code date} column over as
 * {@link Date} or {@link LocalDate} depending on how Hibernate resolved the column's type.
 */
public final class SqlValues {

  private SqlValues() {}

  /** A {@code date} column's value, null when the column is null. */
  public static LocalDate localDate(Object value) {
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    return ((Date) value).toLocalDate();
  }
}
