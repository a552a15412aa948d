package org.modelterms.assessments.mof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.modelterms.testing.ThirdPartyData;

/**
 * The MOT data set inside the project: the model files the application bundles, and the test data,
 * settings and licence table only tests read. The SPDX License List is the one the registry itself
 * uses, bundled with java-spdx-library; the MOT keeps its own copy of that list, which at the
 * pinned commits differs from it in no licence the model files name.
 */
final class MotData {

  private static final String SPDX_LICENSES = "resources/stdlicenses/licenses.json";

  private MotData() {}

  static Path mot(String relative) {
    return relative.startsWith("models")
        ? ThirdPartyData.bundled("mot").resolve(relative)
        : ThirdPartyData.testOnly("mot").resolve(relative);
  }

  static MotLicensePolicy policy() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(SPDX_LICENSES)) {
      if (in == null) {
        throw new IllegalStateException(SPDX_LICENSES + " is not on the class path");
      }
      // The tables are read from files; the bundled list lives inside a jar.
      Path spdx = Files.createTempFile("spdx-licenses", ".json");
      try {
        Files.copy(in, spdx, StandardCopyOption.REPLACE_EXISTING);
        return MotLicenseTables.fromFiles(spdx, mot("mof-licenses.json"));
      } finally {
        Files.delete(spdx);
      }
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
