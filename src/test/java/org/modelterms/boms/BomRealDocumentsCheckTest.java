package org.modelterms.boms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real document of src/test/resources/boms/real/ (NOTICE.md there) checked through bomCheck
 * over HTTP, with the answer a compliance officer would give for each model it names: the path,
 * what it resolved to, the flags and the COMMERCIAL verdict for an actor of whom nothing is known.
 * The expectations come from the dataset and the documents; docs/bom.md "Real documents, checked"
 * explains each.
 */
@QuarkusTest
class BomRealDocumentsCheckTest {

  private static final Path REAL = Path.of("src/test/resources/boms/real");

  private static final String CHECK =
      """
      query($doc: String!) {
        bomCheck(document: $doc, uses: [COMMERCIAL], on: "2026-06-01") {
          components {
            ref name type
            resolution { path matchedBy how reason model { slug } baseModel { slug } via
                         licenses { identifier } }
            declaredLicenses { licenses { identifier } }
            flags { code message documentSays registrySays }
            verdicts { use verdict explanation }
          }
          counts { models dataSets }
        }
      }
      """;

  /** Per file, one line per component: {@code MODEL name -> PATH what [flags] COMMERCIAL=…}. */
  private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

  private static void expect(String file, String... lines) {
    EXPECTED.put(file, List.of(lines));
  }

  static {
    expect(
        "bxf12315-huggingface-aibom-generator/aibom.DialoGPT-medium.84e6d28.json",
        "MODEL DialoGPT-medium -> DECLARED_LICENSE [MIT] COMMERCIAL=PERMITTED");
    expect(
        "bxf12315-huggingface-aibom-generator/aibom.Gemma3-4B-it-financial-customerservice.a9ff0f9.json",
        "MODEL Gemma3-4B-it-financial-customerservice -> DECLARED_LICENSE [Apache-2.0] COMMERCIAL=PERMITTED");
    expect(
        "bxf12315-huggingface-aibom-generator/aibom.HunyuanWorld-Voyager.4bc24f2.json",
        "MODEL HunyuanWorld-Voyager -> UNRESOLVED UNKNOWN_LICENSE");
    expect(
        "bxf12315-huggingface-aibom-generator/aibom.NaveenBhav.7b3f48b.json",
        "DATA Llama-Nemotron-VLM-Dataset-v1",
        "MODEL DeepSeek-V3.1-Base -> DECLARED_LICENSE [MIT] COMMERCIAL=PERMITTED",
        "MODEL Llama-3.1-8B -> MODEL PURL llama-3.1-8b COMMERCIAL=CONDITIONAL",
        "MODEL Llama-3.1-8B-Instruct -> DECLARED_LICENSE [LicenseRef-Llama-3.1-Community-License] COMMERCIAL=CONDITIONAL",
        "MODEL NaveenBhav -> UNRESOLVED UNKNOWN_BASE_MODEL");
    expect(
        "bxf12315-huggingface-aibom-generator/aibom.brenner.e12b464.json",
        "DATA values-in-the-wild",
        "DATA OpenCodeReasoning",
        "DATA Granary",
        "DATA nemo-asr-set-3.0",
        "MODEL parakeet-tdt-0.6b-v2 -> DECLARED_LICENSE [CC-BY-4.0] COMMERCIAL=PERMITTED",
        "MODEL brenner -> DECLARED_LICENSE [MIT] COMMERCIAL=PERMITTED");
    expect(
        "cyclonedx-bom-examples/MLBOM/Dataset/bom.json",
        "DATA wikipedia licences=[CC-BY-SA-3.0, GFDL-1.3]");
    expect(
        "cyclonedx-bom-examples/MLBOM/Model-Card-With-Dataset/bom.json",
        "MODEL support-ticket-classifier -> UNRESOLVED UNKNOWN_MODEL",
        "DATA support-ticket-training-data",
        "DATA support-ticket-evaluation-data");
    expect(
        "cyclonedx-bom-examples/MLBOM/Model/FoundationModels/bom.json",
        "MODEL gpt-4o -> MODEL NAME_AND_SUPPLIER gpt-4o COMMERCIAL=PERMITTED");
    expect(
        "cyclonedx-bom-examples/MLBOM/Model/OpenSource/bom.json",
        "MODEL bert-base-cased -> DECLARED_LICENSE [Apache-2.0] COMMERCIAL=PERMITTED");
    expect(
        "k8s-aibom/internal/bom/testdata/golden/vllm-deployment-output.json",
        "DATA llama-weights",
        "MODEL meta-llama/Llama-3.1-8B-Instruct -> UNRESOLVED UNKNOWN_MODEL",
        "MODEL meta-llama/Llama-3.1-8B-Instruct -> UNRESOLVED UNKNOWN_MODEL flags=[DUPLICATE]");
    expect(
        "rgopikrishnan91-aibom/goldenset_results/aibom-generator/cyclonedx-1.6/google-bert_bert-base-uncased_ai_sbom_1_6.json",
        "MODEL bert-base-uncased -> DECLARED_LICENSE [Apache-2.0] COMMERCIAL=PERMITTED");
    expect(
        "rgopikrishnan91-aibom/goldenset_results/aibom-generator/cyclonedx-1.6/meta-llama_Llama-3.1-8B-Instruct_ai_sbom_1_6.json",
        "MODEL Llama-3.1-8B-Instruct -> DECLARED_LICENSE [LicenseRef-Llama-3.1-Community-License] COMMERCIAL=CONDITIONAL");
    expect(
        "rgopikrishnan91-aibom/goldenset_results/aibom-generator/spdx/meta-llama_Llama-3.1-8B-Instruct_spdx_3_0_1.json",
        "MODEL Llama-3.1-8B-Instruct -> DECLARED_LICENSE [LicenseRef-Llama-3.1-Community-License] COMMERCIAL=CONDITIONAL");
    expect(
        "rgopikrishnan91-aibom/goldenset_results/aloha/cyclonedx-1.6/Qwen_Qwen2.5-7B-Instruct.json",
        "MODEL Qwen/Qwen2.5-7B-Instruct -> BASE_MODEL HUGGING_FACE_ID base=qwen2.5-7b COMMERCIAL=PERMITTED");
    expect(
        "rgopikrishnan91-aibom/goldenset_results/aloha/cyclonedx-1.6/google-bert_bert-base-uncased.json",
        "MODEL google-bert/bert-base-uncased -> DECLARED_LICENSE [Apache-2.0] COMMERCIAL=PERMITTED",
        "DATA bookcorpus",
        "DATA wikipedia");
    expect(
        "rgopikrishnan91-aibom/goldenset_results/aloha/cyclonedx-1.6/meta-llama_Llama-3.1-8B-Instruct.json",
        "MODEL meta-llama/Llama-3.1-8B-Instruct -> BASE_MODEL HUGGING_FACE_ID base=llama-3.1-8b COMMERCIAL=CONDITIONAL");
    expect(
        "rgopikrishnan91-aibom/goldenset_results/aloha/spdx/Qwen_Qwen2.5-7B-Instruct.json",
        "MODEL Qwen/Qwen2.5-7B-Instruct -> BASE_MODEL HUGGING_FACE_ID base=qwen2.5-7b COMMERCIAL=PERMITTED");
    expect(
        "spdx-examples/ai/example01/spdx3.0/simplehtr-example.json",
        "MODEL word-model -> DECLARED_LICENSE [MIT] COMMERCIAL=PERMITTED",
        "MODEL line-model -> DECLARED_LICENSE [MIT] COMMERCIAL=PERMITTED",
        "DATA IAMdataset");
    expect(
        "spdx-examples/ai/example02/spdx3.0/sbom.spdx3.json",
        "DATA Data after preprocessing licences=[CC0-1.0, CC0-1.0]",
        "MODEL Sentiment Demo: A Simple AI Application and its AI BOM Example -> DECLARED_LICENSE [CC0-1.0] COMMERCIAL=UNKNOWN");
  }

  private static JsonPath check(String file) throws IOException {
    return query(CHECK, "doc", Files.readString(REAL.resolve(file))).setRootPath("data.bomCheck");
  }

  @Test
  void everyModelOfEveryRealDocumentIsAnsweredAsExpected() throws IOException {
    try (Stream<Path> files = Files.walk(REAL)) {
      assertThat(
              files
                  .filter(p -> p.toString().endsWith(".json"))
                  .map(p -> REAL.relativize(p).toString().replace('\\', '/'))
                  .sorted())
          .containsExactlyElementsOf(EXPECTED.keySet());
    }
    for (Map.Entry<String, List<String>> file : EXPECTED.entrySet()) {
      JsonPath r = check(file.getKey());
      List<Map<String, Object>> components = r.getList("components");
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < components.size(); i++) {
        lines.add(line(r, "components[" + i + "]."));
      }
      assertThat(lines).as(file.getKey()).containsExactlyElementsOf(file.getValue());
      long models = file.getValue().stream().filter(l -> l.startsWith("MODEL ")).count();
      assertThat(r.getInt("counts.models")).as(file.getKey()).isEqualTo((int) models);
    }
  }

  @Test
  void theAnswersSayWhereTheTermsComeFromAndWhatIsWrong() throws IOException {
    JsonPath gpt4o = check("cyclonedx-bom-examples/MLBOM/Model/FoundationModels/bom.json");
    assertThat(gpt4o.getString("components[0].resolution.how"))
        .isEqualTo(
            "Registry model gpt-4o, named by its name \"gpt-4o\" and supplier \"OpenAI Inc\".");

    JsonPath vllm = check("k8s-aibom/internal/bom/testdata/golden/vllm-deployment-output.json");
    assertThat(vllm.getString("components[2].flags[0].documentSays"))
        .contains("component/3/")
        .contains("component/4/")
        .contains("meta-llama/Llama-3.1-8B-Instruct");
    assertThat(vllm.getString("components[1].resolution.how"))
        .contains("meta-llama/Llama-3.1-8B-Instruct")
        .contains("no supplier given");

    String gold = "rgopikrishnan91-aibom/goldenset_results/";
    JsonPath llama = check(gold + "aloha/cyclonedx-1.6/meta-llama_Llama-3.1-8B-Instruct.json");
    assertThat(llama.getString("components[0].verdicts[0].explanation"))
        .startsWith("Terms inherited from base model meta-llama/Llama-3.1-8B: CONDITIONAL");
    // The same model converted to SPDX keeps its base model, so the same terms decide.
    JsonPath qwenCdx = check(gold + "aloha/cyclonedx-1.6/Qwen_Qwen2.5-7B-Instruct.json");
    JsonPath qwenSpdx = check(gold + "aloha/spdx/Qwen_Qwen2.5-7B-Instruct.json");
    assertThat(qwenSpdx.getString("components[0].verdicts[0].explanation"))
        .isEqualTo(qwenCdx.getString("components[0].verdicts[0].explanation"));

    // Declared and concluded alike, the licence is named once.
    JsonPath sentiment = check("spdx-examples/ai/example02/spdx3.0/sbom.spdx3.json");
    assertThat(sentiment.getString("components[1].resolution.how"))
        .contains("its declared licence CC0-1.0 is known");
    assertThat(sentiment.getString("components[1].verdicts[0].explanation"))
        .startsWith("Terms of its declared licence CC0-1.0: UNKNOWN");

    JsonPath hunyuan =
        check("bxf12315-huggingface-aibom-generator/aibom.HunyuanWorld-Voyager.4bc24f2.json");
    assertThat(hunyuan.getString("components[0].resolution.how"))
        .contains("tencent-hunyuanworld-voyager-community");
  }

  private static String line(JsonPath r, String at) {
    if ("DATA".equals(r.getString(at + "type"))) {
      List<String> licences = r.getList(at + "declaredLicenses.licenses.identifier.flatten()");
      return "DATA "
          + r.getString(at + "name")
          + (licences.isEmpty() ? "" : " licences=" + licences);
    }
    String path = r.getString(at + "resolution.path");
    String what =
        switch (path) {
          case "MODEL" ->
              r.getString(at + "resolution.matchedBy")
                  + " "
                  + r.getString(at + "resolution.model.slug");
          case "BASE_MODEL" ->
              r.getString(at + "resolution.matchedBy")
                  + " base="
                  + r.getString(at + "resolution.baseModel.slug")
                  + (r.getList(at + "resolution.via").isEmpty()
                      ? ""
                      : " via=" + r.getList(at + "resolution.via"));
          case "DECLARED_LICENSE" -> r.getList(at + "resolution.licenses.identifier").toString();
          default -> r.getString(at + "resolution.reason");
        };
    List<String> flags = r.getList(at + "flags.code");
    List<String> verdicts = r.getList(at + "verdicts.verdict");
    return "MODEL "
        + r.getString(at + "name")
        + " -> "
        + path
        + " "
        + what
        + (flags.isEmpty() ? "" : " flags=" + flags)
        + (verdicts.isEmpty() ? "" : " COMMERCIAL=" + String.join(",", verdicts));
  }
}
