package org.modelterms.boms.read;

/**
 * How much of a document the check reads before refusing it (docs/bom.md, "Limits and refusals").
 * Fixed for now; a configuration mapping may replace these defaults.
 */
public final class BomLimits {

  /** The largest document read, in bytes. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** Models and data sets together; other components (libraries, files) do not count. */
  public static final int MAX_COMPONENTS = 2000;

  private BomLimits() {}
}
