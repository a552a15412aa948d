package org.modelterms.assessments.euindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a directory: which files count, and bad files listed rather than fatal. */
class EuIndexReadDirectoryTest {

  private static final EuIndexParser PARSER = new EuIndexParser();

  @Test
  void readsModelFilesAndListsRejectedOnes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("good.yaml"), EuIndexParserTest.VALID);
    String bad =
        EuIndexParserTest.replace(
            EuIndexParserTest.VALID, "paper:\n    class: closed", "paper:\n    class: maybe");
    Files.writeString(dir.resolve("bad.yaml"), bad);
    Files.write(dir.resolve("latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
    // Not model files: metadata, the template, the readme.
    Files.writeString(dir.resolve("_parameters.yml"), "- name: Availability\n");
    Files.writeString(dir.resolve(EuIndexParser.TEMPLATE_FILE), "system:\n    name:\n");
    Files.writeString(dir.resolve("readme.md"), "# readme\n");

    EuIndexDataSet dataSet = PARSER.readDirectory(dir, "abc123");

    assertThat(dataSet.version()).isEqualTo("abc123");
    assertThat(dataSet.entries()).extracting(EuIndexEntry::fileName).containsExactly("good.yaml");
    assertThat(dataSet.rejected())
        .containsExactly(
            new EuIndexDataSet.RejectedFile(
                "bad.yaml",
                EuIndexParserTest.lineOf(bad, "class: maybe"),
                "'paper.class' is 'maybe'; expected open, partial or closed, or nothing for not"
                    + " applicable"),
            new EuIndexDataSet.RejectedFile("latin1.yaml", 0, "the file is not UTF-8 text"));
  }

  @Test
  void defaultsToThePinnedVersion(@TempDir Path dir) throws IOException {
    assertThat(PARSER.readDirectory(dir).version()).isEqualTo(EuIndexAttribution.VERSION);
  }

  @Test
  void aMissingDirectoryIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> PARSER.readDirectory(dir.resolve("absent")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void modelFilesAreTheYamlFilesButTheTemplate() {
    assertThat(EuIndexParser.isModelFile("Arabic StableLM.yaml")).isTrue();
    assertThat(EuIndexParser.isModelFile("a_submission_template.yaml")).isFalse();
    assertThat(EuIndexParser.isModelFile("_parameters.yml")).isFalse();
    assertThat(EuIndexParser.isModelFile("readme.md")).isFalse();
  }
}
