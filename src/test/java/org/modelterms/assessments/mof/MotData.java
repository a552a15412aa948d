package org.modelterms.assessments.mof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared MOT and SPDX data sets, read in place from {@code ../shared/data} beside the project
 * checkout (they are never copied into the repository). Missing data fails the tests loudly rather
 * than skipping them, so that a broken checkout layout cannot pass as green.
 */
final class MotData {

  private MotData() {}

  static Path dataDir() {
    Path dir = Path.of("..", "shared", "data").toAbsolutePath().normalize();
    if (!Files.isDirectory(dir.resolve("mot")) || !Files.isDirectory(dir.resolve("spdx"))) {
      throw new IllegalStateException(
          "The shared data sets are missing: expected "
              + dir
              + " with mot/ and spdx/ (the tests read ../shared/data relative to the project"
              + " directory; check out the shared data beside the project)");
    }
    return dir;
  }

  static Path mot(String relative) {
    return dataDir().resolve("mot").resolve(relative);
  }

  static Path spdxLicenses() {
    return dataDir().resolve("spdx").resolve("licenses.json");
  }

  static MotLicensePolicy policy() {
    try {
      return MotLicenseTables.fromFiles(spdxLicenses(), mot("mof-licenses.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code .yml} files of a folder under {@code mot/}, sorted by name. */
  static List<Path> yamlFiles(String folder) {
    try (Stream<Path> files = Files.list(mot(folder))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".yml"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
