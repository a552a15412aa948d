package org.modelterms.boms.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.modelterms.boms.read.BomDocuments.bytes;
import static org.modelterms.boms.read.BomDocuments.lines;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelterms.shared.errors.InvalidArgumentException;

/**
 * Our own documents under src/test/resources/boms/ours/, for what the real ones lack: CycloneDX
 * pedigree, nested components and XML, SPDX descendantOf/ancestorOf, a card, a list; and the format
 * each document is taken to be when the caller does not say.
 */
class BomReaderFormatsTest {

  private final BomReader reader = new BomReader();

  @ParameterizedTest
  @CsvSource({
    "ours/pedigree.cdx.json, CYCLONEDX_JSON",
    "ours/model.cdx.xml, CYCLONEDX_XML",
    "ours/descendant.spdx3.json, SPDX3_JSONLD",
    "real/spdx-examples/ai/example02/spdx3.0/sbom.spdx3.json, SPDX3_JSONLD",
    "ours/README.md, HUGGING_FACE_CARD",
    "ours/ids.txt, HUGGING_FACE_IDS"
  })
  void theFormatIsToldFromTheContent(String path, BomFormat format) {
    assertThat(reader.read(bytes(path), null).format()).isEqualTo(format);
    assertThat(reader.read(bytes(path), format).format()).isEqualTo(format);
  }

  @Test
  void anSpdxGraphWithoutContextIsStillSpdx() {
    byte[] graph =
        "{\"@graph\": [{\"type\": \"ai_AIPackage\", \"spdxId\": \"urn:x\", \"name\": \"m\"}]}"
            .getBytes(StandardCharsets.UTF_8);
    ParsedBom bom = reader.read(graph, null);
    assertThat(bom.format()).isEqualTo(BomFormat.SPDX3_JSONLD);
    assertThat(lines(bom)).containsExactly("MODEL m hf=null lic=[] base=[] data=[]");
    assertThat(bom.warnings()).anyMatch(w -> w.contains("no @context"));
  }

  @Test
  void cycloneDxPedigreeNestedComponentsAndLicenceForms() {
    ParsedBom bom = reader.read(bytes("ours/pedigree.cdx.json"), null);
    assertThat(lines(bom))
        .containsExactly(
            "MODEL acme-llama-support hf=acme/llama-support"
                + " lic=[SPDX_EXPRESSION Apache-2.0 AND LicenseRef-acme-terms]"
                + " base=[meta-llama/Llama-3.2-1B-Instruct finetune] data=[]",
            "MODEL reranker hf=example-labs/reranker-v2"
                + " lic=[SPDX_EXPRESSION MIT!, URL https://example.org/licences/reranker.txt, NAME gemma]"
                + " base=[google/gemma-2-2b quantized] data=[support-tickets-2025, rajpurkar/squad]",
            "DATA support-tickets-2025 hf=null lic=[NAME Acme internal data] base=[] data=[]");
    BomComponent support = bom.components().get(0);
    assertThat(support.ref()).isEqualTo("model/acme-llama-support");
    assertThat(support.supplier()).isEqualTo("Acme Corp");
    assertThat(support.baseModels().get(0).purl())
        .isEqualTo(
            "pkg:huggingface/meta-llama/Llama-3.2-1B-Instruct@9213176726f574b556790deb65791e0c5aa438b6");
    assertThat(bom.components().get(1).supplier()).isEqualTo("Example Labs");
    assertThat(bom.components().get(1).licenses().get(2).url())
        .isEqualTo("https://ai.google.dev/gemma/terms");
    // A licence given by its URL alone is outside the 1.6 schema, and the only departure here.
    assertThat(bom.warnings())
        .isNotEmpty()
        .allMatch(
            w ->
                w.startsWith(
                    "Not valid against the CycloneDX 1.6 schema at /components/1/licenses"));
  }

  @Test
  void cycloneDxXmlReadsLikeItsJson() {
    ParsedBom bom = reader.read(bytes("ours/model.cdx.xml"), null);
    assertThat(bom.specVersion()).isEqualTo("1.6");
    assertThat(lines(bom))
        .containsExactly(
            "MODEL qwen-support-chat hf=example/qwen-support-chat lic=[SPDX_EXPRESSION Apache-2.0]"
                + " base=[Qwen/Qwen2.5-7B-Instruct] data=[support-chat-logs]",
            "DATA support-chat-logs hf=null lic=[NAME Example customer data terms!] base=[] data=[]");
    assertThat(bom.components().get(0).ref()).isEqualTo("qwen-chat");
    assertThat(bom.components().get(0).supplier()).isEqualTo("Example Inc");
    assertThat(bom.warnings()).isEmpty();
  }

  @Test
  void cycloneDx17XmlIsReadWithTheNewestModelTheLibraryHas() {
    String xml =
        "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.7\" version=\"1\"><components>"
            + "<component type=\"machine-learning-model\" bom-ref=\"m\"><name>m</name>"
            + "<licenses><license><id>MIT</id></license></licenses>"
            + "<purl>pkg:huggingface/org/m@1</purl></component></components></bom>";
    ParsedBom bom = reader.read(xml.getBytes(StandardCharsets.UTF_8), null);
    assertThat(bom.specVersion()).isEqualTo("1.7");
    assertThat(lines(bom))
        .containsExactly("MODEL m hf=org/m lic=[SPDX_EXPRESSION MIT] base=[] data=[]");
    assertThat(bom.warnings()).anyMatch(w -> w.contains("read with the 1.6 model"));
  }

  @Test
  void cycloneDxXmlOutsideItsSchemaIsReadWithWarnings() {
    String xml =
        "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\" version=\"1\"><components>"
            + "<component type=\"machine-learning-model\"><name>m</name><colour>blue</colour>"
            + "</component></components></bom>";
    ParsedBom bom = reader.read(xml.getBytes(StandardCharsets.UTF_8), BomFormat.CYCLONEDX_XML);
    assertThat(lines(bom)).containsExactly("MODEL m hf=null lic=[] base=[] data=[]");
    assertThat(bom.components().get(0).ref()).isEqualTo("components[0]");
    assertThat(bom.warnings())
        .anyMatch(
            w ->
                w.startsWith("Not valid against the CycloneDX 1.6 XML schema")
                    && w.contains("colour"));
  }

  @Test
  void cycloneDxXmlTheLibraryRefusesIsReadElementByElement() {
    ParsedBom bom = reader.read(bytes("ours/datasets-by-ref.cdx.xml"), null);
    assertThat(lines(bom))
        .containsExactly(
            "MODEL ticket-classifier hf=example/ticket-classifier"
                + " lic=[SPDX_EXPRESSION Apache-2.0 OR MIT!]"
                + " base=[answerdotai/ModernBERT-base finetune]"
                + " data=[support-tickets, PolyAI/banking77]",
            "DATA support-tickets hf=null lic=[] base=[] data=[]");
    // The document is schema-valid: the one warning is the library's refusal.
    assertThat(bom.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).startsWith("cyclonedx-core-java could not read the XML"));
  }

  @Test
  void theElementByElementReadingAgreesWithTheLibrary() {
    byte[] document = bytes("ours/model.cdx.xml");
    ParsedBom byLibrary = reader.read(document, BomFormat.CYCLONEDX_XML);
    ParsedBom byElements =
        CycloneDxReader.read(
            BomFormat.CYCLONEDX_XML,
            "1.6",
            CycloneDxXmlTree.of(CycloneDxXml.checkedRoot(document)),
            new ArrayList<>());
    assertThat(byElements.components()).isEqualTo(byLibrary.components());
  }

  @Test
  void spdxDescendantOfAncestorOfTrainedOnAndLicenceElements() {
    ParsedBom bom = reader.read(bytes("ours/descendant.spdx3.json"), null);
    assertThat(lines(bom))
        .containsExactly(
            "MODEL acme-chat hf=acme/acme-chat"
                + " lic=[SPDX_EXPRESSION LicenseRef-Llama-3.2 AND Apache-2.0, SPDX_EXPRESSION Apache-2.0!]"
                + " base=[meta-llama/Llama-3.2-3B-Instruct] data=[acme/support-tickets]",
            "MODEL Llama-3.2-3B-Instruct hf=meta-llama/Llama-3.2-3B-Instruct lic=[] base=[] data=[]",
            "MODEL acme-chat-mini hf=null lic=[] base=[acme/acme-chat] data=[]",
            "DATA support-tickets hf=acme/support-tickets lic=[NAME Acme ticket data licence] base=[] data=[]");
    assertThat(bom.components().get(0).supplier()).isEqualTo("Acme Corp");
    assertThat(bom.components().get(0).version()).isEqualTo("1.2");
    assertThat(bom.components().get(0).purl()).isEqualTo("pkg:huggingface/acme/acme-chat@1f2e3d4c");
    assertThat(bom.components().get(1).supplier()).isEqualTo("Meta");
    assertThat(bom.warnings()).isEmpty();
  }

  @Test
  void aCardWithOtherLicenceAndTwoBaseModels() {
    ParsedBom bom = reader.read(bytes("ours/README.md"), null, "acme/merge-8b");
    assertThat(bom.specVersion()).isNull();
    assertThat(lines(bom))
        .containsExactly(
            "MODEL Acme Merge 8B hf=acme/merge-8b lic=[NAME acme-community-licence]"
                + " base=[meta-llama/Llama-3.1-8B-Instruct merge, Qwen/Qwen2.5-7B-Instruct merge]"
                + " data=[HuggingFaceH4/ultrachat_200k]");
    BomComponent card = bom.components().get(0);
    assertThat(card.ref()).isEqualTo("acme/merge-8b");
    assertThat(card.licenses().get(0).url()).isEqualTo("https://example.org/acme/LICENSE");
    assertThat(card.urls()).containsExactly("https://huggingface.co/acme/merge-8b");
  }

  @Test
  void aCardWithAHuggingFaceLicenceIdAndNoModelId() {
    String card =
        "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n"
            + "base_model_relation: finetune\nmodel_name: tuned\n---\n# Heading\n";
    ParsedBom bom = reader.read(card.getBytes(StandardCharsets.UTF_8), BomFormat.HUGGING_FACE_CARD);
    assertThat(lines(bom))
        .containsExactly(
            "MODEL tuned hf=null lic=[HUGGING_FACE_ID llama3.1]"
                + " base=[meta-llama/Llama-3.1-8B finetune] data=[]");
    assertThat(bom.components().get(0).ref()).isEqualTo("card");
  }

  @Test
  void aCardModelIdMustBeAnId() {
    assertThatThrownBy(() -> reader.read(bytes("ours/README.md"), null, "not an id"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("org/name");
  }

  @Test
  void aListOfIdsAndUrlsWithComments() {
    ParsedBom bom = reader.read(bytes("ours/ids.txt"), null);
    assertThat(lines(bom))
        .containsExactly(
            "MODEL Llama-3.1-8B-Instruct hf=meta-llama/Llama-3.1-8B-Instruct lic=[] base=[] data=[]",
            "MODEL Qwen2.5-7B-Instruct hf=Qwen/Qwen2.5-7B-Instruct lic=[] base=[] data=[]",
            "MODEL gemma-2-2b-it hf=google/gemma-2-2b-it lic=[] base=[] data=[]");
    assertThat(bom.components())
        .extracting(BomComponent::ref)
        .containsExactly("line 2", "line 4", "line 5");
    assertThat(bom.components().get(1).urls())
        .containsExactly("https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/tree/main");
  }

  @Test
  void aModelThatIsTheSubjectAndAComponentIsReadOnce() {
    String json =
        "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"metadata\": {\"component\":"
            + " {\"type\": \"machine-learning-model\", \"bom-ref\": \"m\", \"name\": \"m\"}},"
            + " \"components\": [{\"type\": \"machine-learning-model\", \"bom-ref\": \"m\", \"name\": \"m\","
            + " \"purl\": \"pkg:huggingface/org/m@1\"}, {\"type\": \"machine-learning-model\","
            + " \"bom-ref\": \"m\", \"name\": \"other\"}]}";
    ParsedBom bom = reader.read(json.getBytes(StandardCharsets.UTF_8), null);
    assertThat(lines(bom))
        .containsExactly(
            "MODEL m hf=org/m lic=[] base=[] data=[]",
            "MODEL other hf=null lic=[] base=[] data=[]");
    assertThat(bom.components())
        .extracting(BomComponent::ref)
        .containsExactly("m", "components[1]");
    assertThat(bom.warnings())
        .anyMatch(w -> w.contains("both metadata.component and a component"))
        .anyMatch(w -> w.contains("names two components"));
  }

  @Test
  void valuesOfTheWrongShapeAreReadPastNotThrown() {
    String json =
        "{\"bomFormat\": \"CycloneDX\", \"specVersion\": 1.6, \"components\": [{\"type\":"
            + " \"machine-learning-model\", \"name\": \"m\", \"licenses\": \"MIT\", \"pedigree\":"
            + " {\"ancestors\": \"x\"}, \"tags\": 5, \"modelCard\": []}]}";
    ParsedBom bom = reader.read(json.getBytes(StandardCharsets.UTF_8), null);
    assertThat(bom.specVersion()).isEqualTo("1.6");
    assertThat(lines(bom)).containsExactly("MODEL m hf=null lic=[NAME MIT] base=[] data=[]");
    assertThat(bom.warnings())
        .anyMatch(w -> w.contains("/components/0/pedigree/ancestors: string found, array expected"))
        .anyMatch(w -> w.contains("a licence is a bare string"));
  }

  @Test
  void aDocumentWithoutModelsIsAnAnswerWithAWarning() {
    byte[] empty =
        "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"version\": 1, \"components\": []}"
            .getBytes(StandardCharsets.UTF_8);
    ParsedBom bom = reader.read(empty, null);
    assertThat(bom.components()).isEmpty();
    assertThat(bom.warnings()).containsExactly("The document names no model.");
  }
}
