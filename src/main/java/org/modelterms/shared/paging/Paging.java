package org.modelterms.shared.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.modelterms.shared.errors.InvalidArgumentException;

/**
 * Keyset pagination shared by every connection: page sizes are bounded, cursors are opaque and name
 * the last row's sort value and key, so pages stay stable while rows are added.
 */
public final class Paging {

  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 100;

  private Paging() {}

  /** The validated page size: {@code first} when given, else the default. */
  public static int pageSize(Integer first) {
    if (first == null) {
      return DEFAULT_PAGE_SIZE;
    }
    if (first < 1 || first > MAX_PAGE_SIZE) {
      throw new InvalidArgumentException(
          "`first` must be between 1 and " + MAX_PAGE_SIZE + ", was " + first + ".");
    }
    return first;
  }

  /** A position in an ordering: the sort value of a row (may be empty) and its key. */
  public record Cursor(String sortValue, long key) {

    private static final String PREFIX = "c1:";

    public String encode() {
      String plain = PREFIX + key + ":" + sortValue;
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes {@code after}; null stays null, anything we did not issue is an argument error. */
    public static Cursor decode(String cursor) {
      if (cursor == null) {
        return null;
      }
      try {
        String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        if (plain.startsWith(PREFIX)) {
          String rest = plain.substring(PREFIX.length());
          int colon = rest.indexOf(':');
          if (colon > 0) {
            return new Cursor(rest.substring(colon + 1), Long.parseLong(rest.substring(0, colon)));
          }
        }
      } catch (IllegalArgumentException e) {
        // fall through to the argument error
      }
      throw new InvalidArgumentException("`after` is not a cursor this API issued.");
    }
  }

  /** One page of rows fetched with one extra row to learn whether another page follows. */
  public record Slice<T>(List<T> items, boolean hasNextPage, boolean hasPreviousPage) {

    public static <T> Slice<T> of(List<T> fetched, int pageSize, boolean afterGiven) {
      boolean more = fetched.size() > pageSize;
      return new Slice<>(more ? fetched.subList(0, pageSize) : fetched, more, afterGiven);
    }

    public PageInfo pageInfo(Function<T, Cursor> cursor) {
      return new PageInfo(
          hasNextPage,
          hasPreviousPage,
          items.isEmpty() ? null : cursor.apply(items.get(0)).encode(),
          items.isEmpty() ? null : cursor.apply(items.get(items.size() - 1)).encode());
    }
  }
}
