package org.modelterms.assessments.euindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared EU index data set, read in place from {@code ../shared/data/eu-osai-index} beside the
 * project checkout (never copied into the repository). Missing data fails the tests loudly rather
 * than skipping them, so that a broken checkout layout cannot pass as green.
 */
final class EuIndexData {

  private EuIndexData() {}

  static Path dir() {
    Path dir = Path.of("..", "shared", "data", "eu-osai-index").toAbsolutePath().normalize();
    if (!Files.isDirectory(dir) || !Files.isRegularFile(dir.resolve("_parameters.yml"))) {
      throw new IllegalStateException(
          "The EU Open Source AI Index data set is missing: expected "
              + dir
              + " with _parameters.yml and the model files (the tests read"
              + " ../shared/data/eu-osai-index relative to the project directory; check out the"
              + " shared data beside the project)");
    }
    return dir;
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
