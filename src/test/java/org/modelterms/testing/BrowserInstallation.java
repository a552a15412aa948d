package org.modelterms.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether the browser tests can run here. Without Chromium and its chromedriver they are skipped
 * with a message, so that a clone builds on a machine without a browser; in CI ({@code CI=true}) a
 * missing browser fails them instead, so that CI cannot pass without having run them.
 */
public final class BrowserInstallation {

  private BrowserInstallation() {}

  /** Skips the calling tests, or fails them in CI, unless Chromium and chromedriver are here. */
  public static void assumeInstalled() {
    require(List.of(Browser.CHROMIUM, Browser.CHROMEDRIVER), System.getenv());
  }

  static void require(List<Path> executables, Map<String, String> env) {
    List<Path> missing = executables.stream().filter(p -> !Files.isExecutable(p)).toList();
    if (missing.isEmpty()) {
      return;
    }
    String message =
        "No browser for the explorer's tests: "
            + missing
            + " missing or not executable (apt-get install chromium chromium-driver; .ci/run"
            + " installs them)";
    if ("true".equalsIgnoreCase(env.getOrDefault("CI", "").strip())) {
      throw new AssertionError(message + ". CI=true, so the browser tests must run.");
    }
    Assumptions.abort(message + ". Skipped; with CI=true this fails.");
  }
}
