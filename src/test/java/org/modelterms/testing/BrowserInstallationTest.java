package org.modelterms.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

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
    assertThatThrownBy(() -> BrowserInstallation.require(tools, Map.of()))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("[" + tools.get(1) + "]")
        .hasMessageContaining("apt-get install chromium chromium-driver");
    assertThatThrownBy(() -> BrowserInstallation.require(tools, Map.of("CI", "false")))
        .isInstanceOf(TestAbortedException.class);
  }

  @Test
  void aMissingBrowserFailsInCi() {
    List<Path> tools = List.of(dir.resolve("chromium"), dir.resolve("chromedriver"));
    assertThatThrownBy(() -> BrowserInstallation.require(tools, Map.of("CI", "true")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CI=true");
  }

  @Test
  void aFileThatCannotRunCountsAsMissing() throws IOException {
    Path notExecutable = Files.writeString(dir.resolve("chromium"), "");
    assertThatThrownBy(
            () ->
                BrowserInstallation.require(
                    List.of(notExecutable, executable("chromedriver")), Map.of("CI", "true")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[" + notExecutable + "]");
  }

  @Test
  void anInstalledBrowserRunsEverywhere() throws IOException {
    List<Path> tools = List.of(executable("chromium"), executable("chromedriver"));
    assertThatCode(() -> BrowserInstallation.require(tools, Map.of("CI", "true")))
        .doesNotThrowAnyException();
    assertThatCode(() -> BrowserInstallation.require(tools, Map.of())).doesNotThrowAnyException();
  }
}
