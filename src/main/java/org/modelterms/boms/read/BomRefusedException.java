package org.modelterms.boms.read;

/**
 * A document the check will not read. Each subclass carries one stable code ({@code @ErrorCode}),
 * which the GraphQL answer and the HTTP door report as they are; the message says what to fix.
 * Nothing has been read or written when one is thrown.
 */
public abstract class BomRefusedException extends RuntimeException {

  private final Integer line;
  private final Integer column;

  protected BomRefusedException(String message, Integer line, Integer column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  protected BomRefusedException(String message) {
    this(message, null, null);
  }

  /** The stable code, the same as the subclass's {@code @ErrorCode}. */
  public abstract String code();

  /** The 1-based line of the document where reading stopped, or null when no line applies. */
  public Integer line() {
    return line;
  }

  /** The 1-based column on {@link #line()}, or null. */
  public Integer column() {
    return column;
  }
}
