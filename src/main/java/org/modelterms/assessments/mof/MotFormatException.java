package org.modelterms.assessments.mof;

import org.modelterms.assessments.yaml.YamlFormatException;

/** A MOT model file that cannot be read: not YAML, or not shaped like a model file. */
public final class MotFormatException extends YamlFormatException {

  private static final long serialVersionUID = 1L;

  public MotFormatException(int line, String problem) {
    super(line, problem);
  }

  public MotFormatException(int line, String problem, Throwable cause) {
    super(line, problem, cause);
  }
}
