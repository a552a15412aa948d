package org.modelterms.boms.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.boms.read.BomDocuments.bytes;
import static org.modelterms.boms.read.BomDocuments.lines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real document of src/test/resources/boms/real/ (NOTICE.md there), read with the format
 * sniffed: the models and data sets each names, and the departures from its specification the
 * reader had to read past.
 */
class BomReaderRealDocumentsTest {

  private static final String BXF = "real/bxf12315-huggingface-aibom-generator/";
  private static final String CDX = "real/cyclonedx-bom-examples/MLBOM/";
  private static final String GOLD = "real/rgopikrishnan91-aibom/goldenset_results/";
  private static final String SPDX = "real/spdx-examples/ai/";

  private final BomReader reader = new BomReader();

  private ParsedBom read(String path) {
    return reader.read(bytes(path), null);
  }

  /** The documents the tests below read; a file added to the folder must be added here. */
  private static final List<String> TESTED =
      List.of(
          "bxf12315-huggingface-aibom-generator/aibom.DialoGPT-medium.84e6d28.json",
          "bxf12315-huggingface-aibom-generator/aibom.Gemma3-4B-it-financial-customerservice.a9ff0f9.json",
          "bxf12315-huggingface-aibom-generator/aibom.HunyuanWorld-Voyager.4bc24f2.json",
          "bxf12315-huggingface-aibom-generator/aibom.NaveenBhav.7b3f48b.json",
          "bxf12315-huggingface-aibom-generator/aibom.brenner.e12b464.json",
          "cyclonedx-bom-examples/MLBOM/Dataset/bom.json",
          "cyclonedx-bom-examples/MLBOM/Model-Card-With-Dataset/bom.json",
          "cyclonedx-bom-examples/MLBOM/Model/FoundationModels/bom.json",
          "cyclonedx-bom-examples/MLBOM/Model/OpenSource/bom.json",
          "k8s-aibom/internal/bom/testdata/golden/vllm-deployment-output.json",
          "rgopikrishnan91-aibom/goldenset_results/aibom-generator/cyclonedx-1.6/google-bert_bert-base-uncased_ai_sbom_1_6.json",
          "rgopikrishnan91-aibom/goldenset_results/aibom-generator/cyclonedx-1.6/meta-llama_Llama-3.1-8B-Instruct_ai_sbom_1_6.json",
          "rgopikrishnan91-aibom/goldenset_results/aibom-generator/spdx/meta-llama_Llama-3.1-8B-Instruct_spdx_3_0_1.json",
          "rgopikrishnan91-aibom/goldenset_results/aloha/cyclonedx-1.6/Qwen_Qwen2.5-7B-Instruct.json",
          "rgopikrishnan91-aibom/goldenset_results/aloha/cyclonedx-1.6/google-bert_bert-base-uncased.json",
          "rgopikrishnan91-aibom/goldenset_results/aloha/cyclonedx-1.6/meta-llama_Llama-3.1-8B-Instruct.json",
          "rgopikrishnan91-aibom/goldenset_results/aloha/spdx/Qwen_Qwen2.5-7B-Instruct.json",
          "spdx-examples/ai/example01/spdx3.0/simplehtr-example.json",
          "spdx-examples/ai/example02/spdx3.0/sbom.spdx3.json");

  @Test
  void theTestsReadEveryRealDocument() throws IOException {
    Path real = Path.of("src/test/resources/boms/real");
    try (Stream<Path> files = Files.walk(real)) {
      assertThat(
              files
                  .filter(p -> p.toString().endsWith(".json"))
                  .map(p -> real.relativize(p).toString().replace('\\', '/'))
                  .sorted())
          .containsExactlyElementsOf(TESTED);
    }
  }

  @Test
  void naveenBhavAdaptsDeepSeekAndLlamaWhoseBaseIsADanglingRef() {
    ParsedBom bom = read(BXF + "aibom.NaveenBhav.7b3f48b.json");
    assertThat(bom.format()).isEqualTo(BomFormat.CYCLONEDX_JSON);
    assertThat(bom.specVersion()).isEqualTo("1.6");
    assertThat(lines(bom))
        .containsExactly(
            "DATA Llama-Nemotron-VLM-Dataset-v1 hf=nvidia/Llama-Nemotron-VLM-Dataset-v1 lic=[] base=[] data=[]",
            "MODEL DeepSeek-V3.1-Base hf=deepseek-ai/DeepSeek-V3.1-Base lic=[SPDX_EXPRESSION MIT] base=[] data=[]",
            "MODEL Llama-3.1-8B hf=meta-llama/Llama-3.1-8B lic=[NAME llama3.1] base=[] data=[]",
            "MODEL Llama-3.1-8B-Instruct hf=meta-llama/Llama-3.1-8B-Instruct lic=[NAME llama3.1]"
                + " base=[meta-llama/Meta-Llama-3.1-8B] data=[]",
            "MODEL NaveenBhav hf=aeevnn/NaveenBhav lic=[]"
                + " base=[deepseek-ai/DeepSeek-V3.1-Base adapter, meta-llama/Llama-3.1-8B-Instruct adapter]"
                + " data=[nvidia/Llama-Nemotron-VLM-Dataset-v1]");
    assertThat(bom.components().get(2).licenses().get(0).url())
        .isEqualTo("https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/LICENSE");
    assertThat(bom.components().get(3).baseModels().get(0).purl())
        .isEqualTo("pkg:huggingface/meta-llama/Meta-Llama-3.1-8B@1.0");
    assertThat(bom.warnings())
        .anyMatch(
            w ->
                w.contains(
                    "'pkg:huggingface/meta-llama/Meta-Llama-3.1-8B@1.0', which is no component"));
  }

  @Test
  void brennerDependsOnObjectsWithRelations() {
    ParsedBom bom = read(BXF + "aibom.brenner.e12b464.json");
    assertThat(lines(bom))
        .containsExactly(
            "DATA values-in-the-wild hf=Anthropic/values-in-the-wild lic=[] base=[] data=[]",
            "DATA OpenCodeReasoning hf=nvidia/OpenCodeReasoning lic=[] base=[] data=[]",
            "DATA Granary hf=nvidia/Granary lic=[] base=[] data=[]",
            "DATA nemo-asr-set-3.0 hf=nvidia/nemo-asr-set-3.0 lic=[] base=[] data=[]",
            "MODEL parakeet-tdt-0.6b-v2 hf=nvidia/parakeet-tdt-0.6b-v2 lic=[SPDX_EXPRESSION CC-BY-4.0]"
                + " base=[] data=[nvidia/Granary, nvidia/nemo-asr-set-3.0]",
            "MODEL brenner hf=brrski/brenner lic=[SPDX_EXPRESSION MIT]"
                + " base=[nvidia/parakeet-tdt-0.6b-v2 adapter]"
                + " data=[Anthropic/values-in-the-wild, nvidia/OpenCodeReasoning]");
    assertThat(bom.warnings())
        .anyMatch(w -> w.contains("dependsOn holds objects"))
        .anyMatch(w -> w.contains("/dependencies/0/dependsOn/0: object found, string expected"));
  }

  @Test
  void dialoGptHasALicenceWithIdAndNameAndADanglingBase() {
    ParsedBom bom = read(BXF + "aibom.DialoGPT-medium.84e6d28.json");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL DialoGPT-medium hf=microsoft/DialoGPT-medium lic=[SPDX_EXPRESSION MIT]"
                + " base=[microsoft/DialoGPT-base] data=[]");
    assertThat(bom.warnings())
        .anyMatch(w -> w.contains("licence 'MIT' has both an id and a name"))
        .anyMatch(
            w ->
                w.contains("'pkg:huggingface/microsoft/DialoGPT-base@1.0', which is no component"));
  }

  @Test
  void gemmaFineTuneNamesNoBase() {
    ParsedBom bom = read(BXF + "aibom.Gemma3-4B-it-financial-customerservice.a9ff0f9.json");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL Gemma3-4B-it-financial-customerservice"
                + " hf=Lakshan2003/Gemma3-4B-it-financial-customerservice"
                + " lic=[SPDX_EXPRESSION Apache-2.0] base=[] data=[]");
    assertThat(bom.warnings()).isEmpty();
  }

  @Test
  void hunyuanHasACustomLicenceName() {
    ParsedBom bom = read(BXF + "aibom.HunyuanWorld-Voyager.4bc24f2.json");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL HunyuanWorld-Voyager hf=tencent/HunyuanWorld-Voyager"
                + " lic=[NAME tencent-hunyuanworld-voyager-community] base=[] data=[]");
    assertThat(bom.components().get(0).licenses().get(0).url())
        .isEqualTo("https://huggingface.co/tencent/HunyuanWorld-Voyager/resolve/main/LICENSE");
  }

  @Test
  void datasetExampleHasTrailingCommasAndNoModel() {
    ParsedBom bom = read(CDX + "Dataset/bom.json");
    assertThat(lines(bom))
        .containsExactly(
            "DATA wikipedia hf=wikimedia/wikipedia"
                + " lic=[SPDX_EXPRESSION CC-BY-SA-3.0, SPDX_EXPRESSION GFDL-1.3] base=[] data=[]");
    assertThat(bom.components().get(0).supplier()).isEqualTo("Wikimedia");
    assertThat(bom.warnings())
        .anyMatch(
            w -> w.startsWith("Not strict JSON, read leniently") && w.contains("line 9, column 5"))
        .contains("The document names no model.");
  }

  @Test
  void openSourceExampleNamesItsDatasetsInline() {
    ParsedBom bom = read(CDX + "Model/OpenSource/bom.json");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL bert-base-cased hf=google-bert/bert-base-cased lic=[SPDX_EXPRESSION Apache-2.0]"
                + " base=[] data=[legacy-datasets/wikipedia, bookcorpus/bookcorpus]");
    assertThat(bom.components().get(0).version())
        .isEqualTo("cd5ef92a9fb2f889e972770a36d4ed042daf221e");
    assertThat(bom.warnings()).anyMatch(w -> w.startsWith("Not strict JSON"));
  }

  @Test
  void foundationModelHasNoLicenceAtAll() {
    ParsedBom bom = read(CDX + "Model/FoundationModels/bom.json");
    assertThat(lines(bom)).containsExactly("MODEL gpt-4o hf=null lic=[] base=[] data=[]");
    assertThat(bom.components().get(0).supplier()).isEqualTo("OpenAI Inc");
    assertThat(bom.warnings()).isEmpty();
  }

  @Test
  void modelCardWithDatasetIsCycloneDx17WithDatasetsByRef() {
    ParsedBom bom = read(CDX + "Model-Card-With-Dataset/bom.json");
    assertThat(bom.specVersion()).isEqualTo("1.7");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL support-ticket-classifier hf=null lic=[] base=[]"
                + " data=[support-ticket-training-data, support-ticket-evaluation-data]",
            "DATA support-ticket-training-data hf=null lic=[] base=[] data=[]",
            "DATA support-ticket-evaluation-data hf=null lic=[] base=[] data=[]");
    assertThat(bom.warnings()).isEmpty();
  }

  @Test
  void k8sAibomKeepsTheSameModelTwice() {
    ParsedBom bom = read("real/k8s-aibom/internal/bom/testdata/golden/vllm-deployment-output.json");
    assertThat(lines(bom))
        .containsExactly(
            "DATA llama-weights hf=null lic=[] base=[] data=[]",
            "MODEL meta-llama/Llama-3.1-8B-Instruct hf=meta-llama/Llama-3.1-8B-Instruct lic=[] base=[] data=[]",
            "MODEL meta-llama/Llama-3.1-8B-Instruct hf=meta-llama/Llama-3.1-8B-Instruct lic=[] base=[] data=[]");
    assertThat(bom.components().get(1).ref()).isNotEqualTo(bom.components().get(2).ref());
    assertThat(bom.components().get(1).ref())
        .endsWith("component/3/machine-learning-model/meta-llama/Llama-3.1-8B-Instruct");
  }

  @Test
  void owaspGeneratorLlamaHasAShortRevisionAndScrapedDatasets() {
    ParsedBom bom =
        read(
            GOLD
                + "aibom-generator/cyclonedx-1.6/meta-llama_Llama-3.1-8B-Instruct_ai_sbom_1_6.json");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL Llama-3.1-8B-Instruct hf=meta-llama/Llama-3.1-8B-Instruct lic=[NAME llama3.1]"
                + " base=[] data=[for, an]");
    BomComponent llama = bom.components().get(0);
    assertThat(llama.version()).isEqualTo("0e9e39f2");
    assertThat(llama.purl()).isEqualTo("pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct@0e9e39f2");
    assertThat(bom.warnings())
        .anyMatch(
            w ->
                w.contains(
                    "'pkg:generic/meta-llama/Llama-3.1-8B-Instruct@0e9e39f2' is no component"));
  }

  @Test
  void owaspGeneratorBert() {
    ParsedBom bom =
        read(GOLD + "aibom-generator/cyclonedx-1.6/google-bert_bert-base-uncased_ai_sbom_1_6.json");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL bert-base-uncased hf=google-bert/bert-base-uncased lic=[SPDX_EXPRESSION Apache-2.0]"
                + " base=[] data=[bookcorpus, wikipedia]");
  }

  @Test
  void alohaLlamaIsOnlyInMetadataWithTwoSpellingsOfItsBase() {
    ParsedBom bom = read(GOLD + "aloha/cyclonedx-1.6/meta-llama_Llama-3.1-8B-Instruct.json");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL meta-llama/Llama-3.1-8B-Instruct hf=meta-llama/Llama-3.1-8B-Instruct lic=[NAME llama3.1]"
                + " base=[meta-llama/Meta-Llama-3.1-8B, meta-llama/Llama-3.1-8B finetune] data=[]");
    assertThat(bom.components().get(0).ref())
        .isEqualTo("meta-llama/Llama-3.1-8B-Instruct-cf1201da-1cc8-5324-ae64-ff47b43b41b3");
  }

  @Test
  void alohaQwenBaseFromPropertyAndTagIsOne() {
    ParsedBom bom = read(GOLD + "aloha/cyclonedx-1.6/Qwen_Qwen2.5-7B-Instruct.json");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL Qwen/Qwen2.5-7B-Instruct hf=Qwen/Qwen2.5-7B-Instruct lic=[SPDX_EXPRESSION Apache-2.0]"
                + " base=[Qwen/Qwen2.5-7B finetune] data=[]");
  }

  @Test
  void alohaBertReadsPastItsSchemaErrors() {
    ParsedBom bom = read(GOLD + "aloha/cyclonedx-1.6/google-bert_bert-base-uncased.json");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL google-bert/bert-base-uncased hf=google-bert/bert-base-uncased"
                + " lic=[SPDX_EXPRESSION Apache-2.0] base=[] data=[bookcorpus, wikipedia]",
            "DATA bookcorpus hf=bookcorpus lic=[] base=[] data=[]",
            "DATA wikipedia hf=wikipedia lic=[] base=[] data=[]");
    assertThat(bom.warnings())
        .anyMatch(w -> w.contains("property 'consideration' is not defined"))
        .anyMatch(w -> w.contains("organization/url: string found, array expected"))
        .anyMatch(w -> w.contains("null found, string expected"))
        .anyMatch(w -> w.contains("names both a component and a data entry"));
  }

  @Test
  void convertedSpdxLlamaHasBareNamesAndStringsForIds() {
    ParsedBom bom =
        read(GOLD + "aibom-generator/spdx/meta-llama_Llama-3.1-8B-Instruct_spdx_3_0_1.json");
    assertThat(bom.format()).isEqualTo(BomFormat.SPDX3_JSONLD);
    assertThat(bom.specVersion()).isEqualTo("3.0.1");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL Llama-3.1-8B-Instruct hf=meta-llama/Llama-3.1-8B-Instruct lic=[NAME llama3.1]"
                + " base=[] data=[for, an]");
    BomComponent llama = bom.components().get(0);
    assertThat(llama.supplier()).isEqualTo("meta-llama");
    assertThat(llama.version()).isEqualTo("0e9e39f2");
    assertThat(llama.purl()).isNull();
    assertThat(bom.warnings())
        .anyMatch(w -> w.contains("packageUrl holds 'https://huggingface.co/meta-llama/"))
        .anyMatch(w -> w.contains("suppliedBy is the string 'meta-llama'"))
        .anyMatch(w -> w.contains("the licence of the package of the same name"))
        .anyMatch(
            w ->
                w.contains("Property names not in the SPDX 3.0.1 context")
                    && w.contains("packageUrl"))
        .anyMatch(w -> w.contains("specVersion \"SPDX-3.0.1\""));
  }

  @Test
  void convertedSpdxQwenReadsItsStringLicenceAsAnSpdxId() {
    ParsedBom bom = read(GOLD + "aloha/spdx/Qwen_Qwen2.5-7B-Instruct.json");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL Qwen/Qwen2.5-7B-Instruct hf=Qwen/Qwen2.5-7B-Instruct lic=[SPDX_EXPRESSION Apache-2.0]"
                // The converter copied the Hugging Face tags, base_model ones too, into domain.
                + " base=[Qwen/Qwen2.5-7B finetune] data=[]");
    assertThat(bom.components().get(0).supplier()).isEqualTo("Qwen");
  }

  @Test
  void simpleHtrHasTwoModelsTrainedOnACustomLicencedDataset() {
    ParsedBom bom = read(SPDX + "example01/spdx3.0/simplehtr-example.json");
    assertThat(bom.specVersion()).isEqualTo("3.0.1");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL word-model hf=null lic=[SPDX_EXPRESSION MIT] base=[] data=[IAMdataset]",
            "MODEL line-model hf=null lic=[SPDX_EXPRESSION MIT] base=[] data=[IAMdataset]",
            "DATA IAMdataset hf=null"
                + " lic=[NAME https://spdx.org/spdxdocs/CustomLicense-c63547c2-62e0-48ec-b98d-ff1b917d67db,"
                + " NAME https://spdx.org/spdxdocs/CustomLicense-c63547c2-62e0-48ec-b98d-ff1b917d67db!]"
                + " base=[] data=[]");
    assertThat(bom.components().get(0).supplier()).isEqualTo("Harald Scheidl");
    assertThat(bom.warnings()).anyMatch(w -> w.contains("(CustomLicense) has no name"));
  }

  @Test
  void sentimentDemoDeclaresAndConcludesCc0() {
    ParsedBom bom = read(SPDX + "example02/spdx3.0/sbom.spdx3.json");
    assertThat(lines(bom))
        .containsExactly(
            "DATA Data after preprocessing hf=null"
                + " lic=[SPDX_EXPRESSION CC0-1.0, SPDX_EXPRESSION CC0-1.0!] base=[] data=[]",
            "MODEL Sentiment Demo: A Simple AI Application and its AI BOM Example hf=null"
                + " lic=[SPDX_EXPRESSION CC0-1.0, SPDX_EXPRESSION CC0-1.0!] base=[] data=[]");
    assertThat(bom.warnings()).isEmpty();
  }
}
