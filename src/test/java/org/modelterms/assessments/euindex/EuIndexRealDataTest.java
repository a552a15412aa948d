package org.modelterms.assessments.euindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model file of the bundled copy (upstream commit 5a388e871b88) parses as expected. */
class EuIndexRealDataTest {

  private static final EuIndexParser PARSER = new EuIndexParser();
  private static EuIndexDataSet dataSet;

  @BeforeAll
  static void readAll() throws IOException {
    dataSet = PARSER.readDirectory(EuIndexData.dir());
  }

  static Stream<Arguments> modelFiles() {
    return EuIndexData.modelFiles().stream()
        .map(file -> Arguments.of(file.getFileName().toString(), file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelFiles")
  void parses(String fileName, Path file) throws IOException {
    EuIndexEntry entry = PARSER.parse(fileName, Files.readString(file));

    assertThat(entry.fileName()).isEqualTo(fileName);
    assertThat(entry.system().name()).isNotBlank();
    assertThat(entry.org().name()).isNotBlank();
    assertThat(entry.ratings()).containsOnlyKeys(EuIndexDimension.values());
    // At this commit every file gives a YYYY-MM release date and rates every dimension.
    assertThat(entry.system().releaseDate().parsedYearMonth()).isPresent();
    assertThat(entry.ratings().values())
        .allSatisfy(r -> assertThat(r.cls()).isNotEqualTo(OpennessClass.NOT_APPLICABLE));
  }

  @Test
  void readsEveryModelFileAndSkipsTheTemplate() {
    assertThat(dataSet.rejected()).isEmpty();
    assertThat(dataSet.entries()).hasSize(EuIndexData.modelFiles().size()).hasSize(193);
    assertThat(dataSet.entry(EuIndexParser.TEMPLATE_FILE)).isEmpty();
    assertThat(dataSet.version()).isEqualTo("5a388e871b88");
  }

  @Test
  void llama31() {
    EuIndexEntry entry = entry("llama-3.1.yaml");

    assertThat(entry.system().name()).isEqualTo("Llama 3.1");
    assertThat(entry.system().links())
        .containsExactly("https://huggingface.co/meta-llama/Meta-Llama-3.1-405B-Instruct");
    assertThat(entry.system().type()).isEqualTo("text");
    assertThat(entry.system().performanceClass()).isEqualTo("latest");
    assertThat(entry.system().baseModelName()).isEqualTo("Llama-3.1-405B");
    assertThat(entry.system().endModelName()).isEqualTo("Llama-3.1-405B-Instruct");
    assertThat(entry.system().endModelLicense()).isEqualTo("Meta Llama 3 Community License");
    assertThat(entry.system().releaseDate().raw()).isEqualTo("2024-07");
    assertThat(entry.system().releaseDate().yearMonth()).isEqualTo(YearMonth.of(2024, 7));
    assertThat(entry.org().name()).isEqualTo("Meta");
    assertThat(entry.org().links()).containsExactly("https://ai.meta.com/");
    assertClasses(
        entry,
        "closed closed partial closed partial partial partial open closed partial closed"
            + " closed");
    EuIndexEntry.Rating preprint = entry.rating(EuIndexDimension.PREPRINT);
    assertThat(preprint.links())
        .containsExactly(
            "https://arxiv.org/abs/2407.21783", "https://ai.meta.com/blog/meta-llama-3-1/");
    assertThat(entry.rating(EuIndexDimension.DATASOURCES_ENDMODEL).links()).isEmpty();
    assertThat(entry.rating(EuIndexDimension.PAPER).notes())
        .isEqualTo("No peer-reviewed paper available.");
    assertThat(entry.huggingFaceRepos())
        .containsExactly("meta-llama/Meta-Llama-3.1-405B-Instruct", "meta-llama/Meta-Llama-3.1-8B");
    assertThat(entry.ignoredKeys()).isEmpty();
  }

  @Test
  void olmo() {
    EuIndexEntry entry = entry("OLMo.yaml");

    assertThat(entry.system().name()).isEqualTo("OLMo");
    assertThat(entry.system().releaseDate().yearMonth()).isEqualTo(YearMonth.of(2025, 12));
    assertThat(entry.org().name()).isEqualTo("Ai2");
    assertClasses(entry, "open open open open open open open open partial open open open");
    assertThat(entry.rating(EuIndexDimension.DATASHEET).links()).hasSize(9);
    // The end-model weights link repeats the system link: one id.
    assertThat(entry.huggingFaceRepos())
        .containsExactly("allenai/Olmo-3.1-32B-Think", "allenai/Olmo-3-1125-32B");
  }

  @Test
  void pythia() {
    EuIndexEntry entry = entry("Pythia.yaml");

    assertThat(entry.system().name()).isEqualTo("Pythia");
    assertThat(entry.org().name()).isEqualTo("EleutherAI and Together Computer");
    assertThat(entry.org().links())
        .containsExactly("https://huggingface.co/EleutherAI", "https://together.ai/");
    assertClasses(entry, "open open open open open open open partial partial partial partial open");
    assertThat(entry.rating(EuIndexDimension.LICENSES).notes()).isEqualTo("Apache 2.0");
    assertThat(entry.huggingFaceRepos())
        .containsExactly("togethercomputer/Pythia-Chat-Base-7B", "EleutherAI/pythia-6.9b");
  }

  @Test
  void variationsInTheRealData() {
    // "endmodel license" (with a space) in four files is read as endmodellicense.
    assertThat(entry("StableAudio.yaml").system().endModelLicense())
        .isEqualTo("Stability AI Community License");
    // koala.yaml has a stray system.datasources_endmodel: kept visible, not read.
    assertThat(entry("koala.yaml").ignoredKeys())
        .containsExactly("system.datasources_endmodel (line 23)");
    // minChatGPT.yaml indents one rating by eight spaces instead of four.
    assertThat(entry("minChatGPT.yaml").rating(EuIndexDimension.DATASOURCES_ENDMODEL).cls())
        .isEqualTo(OpennessClass.PARTIAL);
    // CRLF line ends and non-ASCII text.
    assertThat(entry("BELLE.yaml").system().name()).isNotBlank();
    assertThat(entry("Tulu.yaml").system().name()).isEqualTo("Tülu");
    assertThat(entry("Arabic StableLM.yaml").fileName()).isEqualTo("Arabic StableLM.yaml");
    // "text,code" names two model types.
    assertThat(dataSet.entries())
        .anySatisfy(e -> assertThat(e.system().types()).containsExactly("text", "code"));
  }

  @Test
  void collectionAndDocsLinksNameNoRepository() {
    // Apertus's system link is a collection; its weights links end in /tree/main.
    assertThat(entry("Apertus.yaml").huggingFaceRepos())
        .containsExactly("swiss-ai/Apertus-70B-2509", "swiss-ai/Apertus-70B-Instruct-2509");
    // T5's system link is a docs page.
    assertThat(entry("T5.yaml").huggingFaceRepos()).doesNotContain("docs/transformers");
  }

  private static EuIndexEntry entry(String fileName) {
    return dataSet
        .entry(fileName)
        .orElseThrow(() -> new AssertionError(fileName + " was not read"));
  }

  /** Classes in {@link EuIndexDimension} order, as written in the data. */
  private static void assertClasses(EuIndexEntry entry, String expected) {
    String actual =
        Stream.of(EuIndexDimension.values())
            .map(d -> entry.rating(d).cls().dataValue())
            .reduce((a, b) -> a + " " + b)
            .orElseThrow();
    assertThat(actual).isEqualTo(expected);
  }
}
