package org.modelterms.history;

import java.util.function.Supplier;

/**
 * Who is changing the registry on this thread: the authenticated principal of an API write (set by
 * {@code AccessGuard}), or the name the dataset loader gives itself.
 */
public final class ChangeAuthor {

  /** Writes made outside any request or named job, such as the licence list loaded at start. */
  public static final String ANONYMOUS = "anonymous";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private ChangeAuthor() {}

  public static String current() {
    String author = CURRENT.get();
    return author == null ? ANONYMOUS : author;
  }

  /** Work that may throw, as an interceptor's {@code proceed}. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws Exception;
  }

  /** Runs work that may throw with the given author recorded for every change it makes. */
  public static <T> T call(String author, Work<T> work) throws Exception {
    String previous = CURRENT.get();
    CURRENT.set(author);
    try {
      return work.run();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** Runs work with the given author recorded for every change it makes. */
  public static <T> T as(String author, Supplier<T> work) {
    try {
      return call(author, work::get);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
