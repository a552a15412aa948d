package org.modelterms.assessments.euindex;

import org.modelterms.assessments.yaml.YamlFormatException;

/** An EU Open Source AI Index file that cannot be read: not YAML, or not shaped like an entry. */
public final class EuIndexFormatException extends YamlFormatException {

  private static final long serialVersionUID = 1L;

  public EuIndexFormatException(int line, String problem) {
    super(line, problem);
  }

  public EuIndexFormatException(int line, String problem, Throwable cause) {
    super(line, problem, cause);
  }
}
