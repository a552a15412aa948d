package org.modelterms.assessments.euindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.modelterms.testing.ThirdPartyData;

/** The EU index data set the application bundles (upstream commit 5a388e871b88). */
final class EuIndexData {

  private EuIndexData() {}

  static Path dir() {
    return ThirdPartyData.bundled("eu-osai-index");
  }

  static Path file(String name) {
    return dir().resolve(name);
  }

  static String read(String name) {
    try {
      return Files.readString(file(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code .yaml} file but the submission template, sorted by name. */
  static List<Path> modelFiles() {
    try (Stream<Path> files = Files.list(dir())) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".yaml"))
          .filter(f -> !f.getFileName().toString().equals("a_submission_template.yaml"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
