package org.modelterms.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The third-party data sets inside the project (see docs/third-party-data.md): what the application
 * bundles under {@code src/main/resources/third-party}, and what only tests read under {@code
 * src/test/resources/third-party}. Paths are relative to the project directory, where Maven runs
 * the tests. Missing data fails loudly rather than skipping, so that a broken checkout cannot pass
 * as green.
 */
public final class ThirdPartyData {

  private static final Path BUNDLED = Path.of("src", "main", "resources", "third-party");
  private static final Path TEST_ONLY = Path.of("src", "test", "resources", "third-party");

  private ThirdPartyData() {}

  /**
   * A bundled data set's folder: {@code mot}, {@code eu-osai-index}, {@code open-terms-archive}.
   */
  public static Path bundled(String set) {
    return existing(BUNDLED.resolve(set));
  }

  /** A test-only data set's folder: {@code mot} (test data, settings and licence table). */
  public static Path testOnly(String set) {
    return existing(TEST_ONLY.resolve(set));
  }

  private static Path existing(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "The third-party data set "
              + dir.toAbsolutePath()
              + " is missing; run the tests from the project directory");
    }
    return dir;
  }
}
