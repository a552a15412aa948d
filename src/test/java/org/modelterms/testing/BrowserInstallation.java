package org.modelterms.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the browser tests can run here. Without Chromium and its chromedriver they are skipped
 * with a message, so that a clone builds on a machine without a browser; in CI ({@code CI=true}) a
 * missing browser fails them instead, so that CI cannot pass without having run them.
 */
public final class BrowserInstallation {

  private BrowserInstallation() {}

  /**
   * Why the browser tests must be skipped here, or empty when the browser is installed.
   *
   * @throws AssertionError when it is missing and the environment has {@code CI=true}
   */
  public static Optional<String> skipReason() {
    return skipReason(List.of(Browser.CHROMIUM, Browser.CHROMEDRIVER), System.getenv());
  }

  static Optional<String> skipReason(List<Path> executables, Map<String, String> env) {
    List<Path> missing = executables.stream().filter(p -> !Files.isExecutable(p)).toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    String message =
        "No browser for the explorer's tests: "
            + missing
            + " missing or not executable (apt-get install chromium chromium-driver; .ci/run"
            + " installs them)";
    if ("true".equalsIgnoreCase(env.getOrDefault("CI", "").strip())) {
      throw new AssertionError(message + ". CI=true, so the browser tests must run.");
    }
    return Optional.of(message + ". Skipped; with CI=true this fails.");
  }
}
