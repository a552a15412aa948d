package org.modelterms.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserInstallationTest {

  @TempDir Path dir;

  private Path executable(String name) throws IOException {
    Path file = Files.writeString(dir.resolve(name), "#!/bin/sh\n");
    if (!file.toFile().setExecutable(true)) {
      throw new IOException("cannot make " + file + " executable");
    }
    return file;
  }

  @Test
  void aMissingBrowserSkipsOutsideCi() throws IOException {
    List<Path> tools = List.of(executable("chromium"), dir.resolve("chromedriver"));
    assertThat(BrowserInstallation.skipReason(tools, Map.of()))
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains("[" + tools.get(1) + "]")
                    .contains("apt-get install chromium chromium-driver"));
    assertThat(BrowserInstallation.skipReason(tools, Map.of("CI", "false"))).isPresent();
  }

  @Test
  void aMissingBrowserFailsInCi() {
    List<Path> tools = List.of(dir.resolve("chromium"), dir.resolve("chromedriver"));
    assertThatThrownBy(() -> BrowserInstallation.skipReason(tools, Map.of("CI", "true")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CI=true");
  }

  @Test
  void aFileThatCannotRunCountsAsMissing() throws IOException {
    Path notExecutable = Files.writeString(dir.resolve("chromium"), "");
    assertThatThrownBy(
            () ->
                BrowserInstallation.skipReason(
                    List.of(notExecutable, executable("chromedriver")), Map.of("CI", "true")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[" + notExecutable + "]");
  }

  @Test
  void anInstalledBrowserRunsEverywhere() throws IOException {
    List<Path> tools = List.of(executable("chromium"), executable("chromedriver"));
    assertThat(BrowserInstallation.skipReason(tools, Map.of("CI", "true"))).isEmpty();
    assertThat(BrowserInstallation.skipReason(tools, Map.of())).isEmpty();
  }
}
