package org.modelterms.assessments.yaml;

/**
 * A data file that cannot be read: not YAML, or not shaped as its format requires. Carries the line
 * the problem was found on, so that whoever fixes the file knows where to look.
 */
public class YamlFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final String problem;

  /**
   * @param line 1-based line number, or 0 when the problem is not tied to a line
   * @param problem what is wrong, in plain language
   */
  public YamlFormatException(int line, String problem) {
    this(line, problem, null);
  }

  public YamlFormatException(int line, String problem, Throwable cause) {
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
