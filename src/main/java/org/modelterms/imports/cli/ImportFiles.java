package org.modelterms.imports.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.modelterms.imports.cli.ImportCommand.DataSet;

/**
 * The files an import sends: those of a directory, or those of the snapshot bundled with the
 * application under {@code third-party/<set>/}. The bundled files are read from the class path, so
 * they are found in the packaged jar as well as in a build tree; a jar cannot be listed, so each
 * snapshot names its files in {@code files.txt}.
 */
final class ImportFiles {

  /** One file: where it sits in its data set (service/document/file for OTA), and its text. */
  record ImportFile(List<String> path, TextReader reader) {

    String name() {
      return String.join("/", path);
    }

    String fileName() {
      return path.get(path.size() - 1);
    }

    String text() throws IOException {
      return reader.read();
    }
  }

  interface TextReader {
    String read() throws IOException;
  }

  private ImportFiles() {}

  /** The data set's files in a directory, sorted; Open Terms Archive's three levels deep. */
  static List<ImportFile> fromDirectory(DataSet dataSet, Path directory) throws IOException {
    // Open Terms Archive lays records out as <service>/<document>/<recorded-at>.md.
    try (Stream<Path> listing =
        dataSet == DataSet.OTA ? Files.walk(directory, 3) : Files.list(directory)) {
      return listing
          .filter(Files::isRegularFile)
          .filter(f -> dataSet.includes(f.getFileName().toString()))
          .sorted()
          .map(f -> new ImportFile(segments(dataSet, f), () -> Files.readString(f)))
          .toList();
    }
  }

  private static List<String> segments(DataSet dataSet, Path file) {
    if (dataSet != DataSet.OTA) {
      return List.of(file.getFileName().toString());
    }
    return List.of(
        file.getParent().getParent().getFileName().toString(),
        file.getParent().getFileName().toString(),
        file.getFileName().toString());
  }

  /**
   * The files of the bundled snapshot, in the order of its {@code files.txt}.
   *
   * @throws IOException if this build holds no such snapshot
   */
  static List<ImportFile> bundled(DataSet dataSet) throws IOException {
    String root = "third-party/" + dataSet.bundledFolder + "/";
    List<String> lines = read(root + "files.txt").lines().filter(l -> !l.isBlank()).toList();
    return lines.stream()
        .map(
            line -> {
              List<String> parts = Arrays.asList(line.split("/"));
              // MOT's files sit in models/; the command names a file by its own name, as for a
              // directory.
              List<String> path =
                  dataSet == DataSet.OTA ? parts : List.of(parts.get(parts.size() - 1));
              return new ImportFile(path, () -> read(root + line));
            })
        .toList();
  }

  private static String read(String resource) throws IOException {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ImportFiles.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not in this build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
