package org.modelterms.history;

import java.util.function.Supplier;

/**
 * Who is changing the registry on this thread. Until requests carry an authenticated identity, API
 * writes are recorded as "anonymous"; the dataset loader and imports name themselves.
 */
public final class ChangeAuthor {

  public static final String ANONYMOUS = "anonymous";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private ChangeAuthor() {}

  public static String current() {
    String author = CURRENT.get();
    return author == null ? ANONYMOUS : author;
  }

  /** Runs work with the given author recorded for every change it makes. */
  public static <T> T as(String author, Supplier<T> work) {
    String previous = CURRENT.get();
    CURRENT.set(author);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
