package org.modelterms.imports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.modelterms.assessments.euindex.EuIndexAttribution;
import org.modelterms.imports.cli.ImportCommand.DataSet;
import org.modelterms.imports.cli.ImportFiles.ImportFile;
import org.modelterms.testing.ThirdPartyData;

/** The bundled snapshots list exactly the files a directory import of them would send. */
class ImportFilesTest {

  private static Path folder(DataSet dataSet) {
    return ThirdPartyData.bundled(dataSet.bundledFolder);
  }

  /** Where the files of a set sit in its folder: MOT's in models/, the others' at the top. */
  private static Path importRoot(DataSet dataSet) {
    return dataSet == DataSet.MOT ? folder(dataSet).resolve("models") : folder(dataSet);
  }

  @ParameterizedTest
  @EnumSource(DataSet.class)
  void theBundledListIsTheDirectorysFiles(DataSet dataSet) throws IOException {
    List<ImportFile> bundled = ImportFiles.bundled(dataSet);
    List<ImportFile> directory = ImportFiles.fromDirectory(dataSet, importRoot(dataSet));

    assertThat(bundled).extracting(ImportFile::name).isNotEmpty().doesNotHaveDuplicates();
    assertThat(bundled)
        .extracting(ImportFile::name)
        .containsExactlyElementsOf(directory.stream().map(ImportFile::name).toList());
    for (int i = 0; i < bundled.size(); i += 37) {
      assertThat(bundled.get(i).text()).isEqualTo(directory.get(i).text());
    }
  }

  @Test
  void countsAreThoseOfTheUpstreamSnapshots() throws IOException {
    assertThat(ImportFiles.bundled(DataSet.MOT)).hasSize(273);
    assertThat(ImportFiles.bundled(DataSet.EU_INDEX)).hasSize(193);
    assertThat(ImportFiles.bundled(DataSet.OTA)).hasSize(143);
    assertThat(ImportFiles.bundled(DataSet.OTA).get(0).path())
        .containsExactly("ChatGPT", "Acceptable-Use-Policy", "2024-02-20T18-30-08Z.md");
  }

  @ParameterizedTest
  @EnumSource(DataSet.class)
  void eachSnapshotCarriesItsLicenceAndNotice(DataSet dataSet) throws IOException {
    assertThat(folder(dataSet).resolve("LICENSE")).isNotEmptyFile();
    String notice = Files.readString(folder(dataSet).resolve("NOTICE.md"));
    assertThat(notice).contains("Upstream: https://github.com/").contains("Attribution");
  }

  @Test
  void theNoticesNameTheCommitsTheRegistryCites() throws IOException {
    assertThat(Files.readString(folder(DataSet.MOT).resolve("NOTICE.md")))
        .contains("Commit: " + ImportCommand.MOT_BUNDLED_SOURCE.split("/")[6]);
    assertThat(Files.readString(folder(DataSet.EU_INDEX).resolve("NOTICE.md")))
        .contains("Commit: " + EuIndexAttribution.VERSION);
    assertThat(Files.readString(folder(DataSet.OTA).resolve("NOTICE.md")))
        .contains("Commit: 25c0c33699bf");
  }

  /** The packaged application reads its resources from a jar, which cannot be listed. */
  @Test
  void readsTheSnapshotFromAJar(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("app.jar");
    Path root = folder(DataSet.EU_INDEX).getParent().getParent();
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(folder(DataSet.EU_INDEX))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, (OutputStream) out);
        out.closeEntry();
      }
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // No parent but the platform's, so that nothing is found in the build tree instead.
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      thread.setContextClassLoader(loader);
      List<ImportFile> files = ImportFiles.bundled(DataSet.EU_INDEX);
      assertThat(files).hasSize(193);
      ImportFile llama =
          files.stream().filter(f -> f.name().equals("llama-3.1.yaml")).findFirst().orElseThrow();
      assertThat(llama.text())
          .isEqualTo(Files.readString(folder(DataSet.EU_INDEX).resolve("llama-3.1.yaml")));
      assertThatThrownBy(() -> ImportFiles.bundled(DataSet.MOT))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("third-party/mot/files.txt is not in this build");
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
