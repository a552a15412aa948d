package org.modelterms.assessments.euindex;

/**
 * An EU Open Source AI Index file that cannot be read: not YAML, or not shaped like an index entry.
 * Carries the line the problem was found on, so that whoever fixes the file knows where to look.
 */
public final class EuIndexFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final String problem;

  /**
   * @param line 1-based line number, or 0 when the problem is not tied to a line
   * @param problem what is wrong, in plain language
   */
  public EuIndexFormatException(int line, String problem) {
    this(line, problem, null);
  }

  public EuIndexFormatException(int line, String problem, Throwable cause) {
    super(line > 0 ? "line " + line + ": " + problem : problem, cause);
    this.line = Math.max(line, 0);
    this.problem = problem;
  }

  /** The 1-based line number, or 0 when the problem is not tied to a line. */
  public int line() {
    return line;
  }

  /** What is wrong, without the line number. */
  public String problem() {
    return problem;
  }
}
