package org.modelterms.boms.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.modelterms.boms.read.BomDocuments.bytes;

import io.smallrye.graphql.api.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each way a document is refused, with its stable code and, where there is one, its place. */
class BomRefusalsTest {

  private final BomReader reader = new BomReader();

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private BomRefusedException refusal(byte[] document, BomFormat format) {
    return catchThrowableOfType(BomRefusedException.class, () -> reader.read(document, format));
  }

  @Test
  void eachRefusalCarriesTheCodeOfItsAnnotation() {
    List<Class<? extends BomRefusedException>> refusals =
        List.of(
            BomMalformedException.class,
            BomFormatUnknownException.class,
            BomVersionUnsupportedException.class,
            BomTooLargeException.class,
            BomTooManyComponentsException.class);
    assertThat(refusals)
        .extracting(c -> c.getAnnotation(ErrorCode.class).value())
        .containsExactly(
            "BOM_MALFORMED",
            "BOM_FORMAT_UNKNOWN",
            "BOM_VERSION_UNSUPPORTED",
            "BOM_TOO_LARGE",
            "BOM_TOO_MANY_COMPONENTS");
    assertThat(new BomTooLargeException("x").code()).isEqualTo("BOM_TOO_LARGE");
    assertThat(new BomMalformedException("x", 1, 2).code()).isEqualTo("BOM_MALFORMED");
  }

  @Test
  void brokenJsonIsMalformedAtItsLineAndColumn() {
    String json =
        "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\",\n  \"components\": [ } ]\n}";
    BomRefusedException e = refusal(utf8(json), null);
    assertThat(e).isInstanceOf(BomMalformedException.class);
    assertThat(e.code()).isEqualTo("BOM_MALFORMED");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(19);
    assertThat(e).hasMessageContaining("line 2, column 19");
    assertThat(refusal(utf8(json), BomFormat.CYCLONEDX_JSON).line()).isEqualTo(2);
  }

  @Test
  void brokenXmlIsMalformedAtItsLineAndColumn() {
    String xml =
        "<?xml version=\"1.0\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">\n"
            + "  <components>\n</bom>\n";
    BomRefusedException e = refusal(utf8(xml), null);
    assertThat(e).isInstanceOf(BomMalformedException.class);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isPositive();
    assertThat(e).hasMessageContaining("line 4");
  }

  @Test
  void externalEntitiesAreNeverExpanded() {
    BomRefusedException e = refusal(bytes("ours/xxe.cdx.xml"), null);
    // Read with the entity expanded, the model's name would hold /etc/passwd: the answer is a
    // refusal at the DTD instead, before anything is resolved.
    assertThat(e).isInstanceOf(BomMalformedException.class).hasMessageContaining("DTD");
    assertThat(e.getMessage()).doesNotContain("root:");
    assertThat(e.line()).isEqualTo(2);
    assertThat(refusal(bytes("ours/xxe.cdx.xml"), BomFormat.CYCLONEDX_XML))
        .isInstanceOf(BomMalformedException.class);
  }

  @Test
  void nestingDeeperThanTheLimitIsMalformed() {
    assertThat(refusal(utf8(nestedJson(200)), null))
        .isInstanceOf(BomMalformedException.class)
        .hasMessageContaining("nesting depth");
    assertThat(refusal(utf8(nestedXml(200)), null))
        .isInstanceOf(BomMalformedException.class)
        .hasMessageContaining("maxElementDepth");
    assertThat(reader.read(utf8(nestedJson(60)), null).components()).hasSize(1);
    assertThat(reader.read(utf8(nestedXml(60)), null).components()).hasSize(1);
  }

  /** An application holding an application … {@code depth} deep, with a model at the bottom. */
  private static String nestedJson(int depth) {
    String open = "{\"type\": \"application\", \"name\": \"a\", \"components\": [";
    String model = "{\"type\": \"machine-learning-model\", \"name\": \"m\"}";
    return "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": ["
        + open.repeat(depth)
        + model
        + "]}".repeat(depth)
        + "]}";
  }

  private static String nestedXml(int depth) {
    return "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\" version=\"1\"><components>"
        + "<component type=\"application\"><name>a</name><components>".repeat(depth)
        + "<component type=\"machine-learning-model\"><name>m</name></component>"
        + "</components></component>".repeat(depth)
        + "</components></bom>";
  }

  @Test
  void aMalformedListLineIsNamed() {
    BomRefusedException e =
        refusal(utf8("# ours\nmeta-llama/Llama-3.1-8B\n  not an id at all\n"), null);
    assertThat(e).isInstanceOf(BomMalformedException.class).hasMessageStartingWith("Line 3 ");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(3);
  }

  @Test
  void aCardWhoseFrontMatterIsNotYamlIsMalformedAtItsLine() {
    BomRefusedException e =
        refusal(
            utf8("---\nlicense: mit\nbase_model: [unclosed\n---\n"), BomFormat.HUGGING_FACE_CARD);
    assertThat(e).isInstanceOf(BomMalformedException.class);
    assertThat(e.line()).isGreaterThanOrEqualTo(3);
    assertThat(refusal(utf8("---\nlicense: mit\n"), null))
        .isInstanceOf(BomMalformedException.class)
        .hasMessageContaining("not closed");
  }

  @Test
  void textThatIsNotUtf8IsMalformed() {
    byte[] latin1 = "meta-llama/Llama-3.1-8B  # Münster".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(refusal(latin1, null)).isInstanceOf(BomMalformedException.class);
  }

  @Test
  void documentsOfNoKnownFormatAreUnknown() {
    for (String document :
        List.of(
            "",
            "   \n",
            "Dear compliance team, please find our models below.",
            "{\"name\": \"a package.json, not a BOM\"}",
            "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"></project>")) {
      assertThat(refusal(utf8(document), null))
          .as(document)
          .isInstanceOf(BomFormatUnknownException.class)
          .extracting(BomRefusedException::code)
          .isEqualTo("BOM_FORMAT_UNKNOWN");
    }
    assertThat(refusal(utf8("<bom xmlns=\"urn:other\"/>"), BomFormat.CYCLONEDX_XML))
        .isInstanceOf(BomFormatUnknownException.class);
  }

  @Test
  void unsupportedVersionsAreNamedWithWhatIsRead() {
    assertThat(refusal(bytes("ours/version-1.2.cdx.json"), null))
        .isInstanceOf(BomVersionUnsupportedException.class)
        .hasMessageContaining("CycloneDX 1.2 is not read")
        .hasMessageContaining("1.4, 1.5, 1.6 and 1.7");
    assertThat(refusal(bytes("ours/version-2.3.spdx.json"), null))
        .isInstanceOf(BomVersionUnsupportedException.class)
        .hasMessageContaining("SPDX-2.3 is not read")
        .hasMessageContaining("SPDX 3.0.1");
    assertThat(refusal(bytes("ours/version-2.3.spdx.json"), BomFormat.SPDX3_JSONLD))
        .isInstanceOf(BomVersionUnsupportedException.class);
    assertThat(
            refusal(
                utf8("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.3\" version=\"1\"/>"), null))
        .isInstanceOf(BomVersionUnsupportedException.class)
        .hasMessageContaining("CycloneDX 1.3");
    assertThat(
            refusal(
                utf8(
                    "{\"@context\": \"https://spdx.org/rdf/3.1/spdx-context.jsonld\", \"@graph\": []}"),
                null))
        .isInstanceOf(BomVersionUnsupportedException.class)
        .hasMessageContaining("SPDX 3.1");
  }

  @Test
  void aDocumentOverTheByteLimitIsRefusedUnread() {
    byte[] big = new byte[BomLimits.MAX_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    BomRefusedException e = refusal(big, null);
    assertThat(e).isInstanceOf(BomTooLargeException.class);
    assertThat(e).hasMessageContaining(String.valueOf(BomLimits.MAX_BYTES));
    assertThat(e.line()).isNull();
  }

  @Test
  void aDocumentOverTheComponentLimitIsRefused() {
    assertThat(reader.read(models(BomLimits.MAX_COMPONENTS), null).components())
        .hasSize(BomLimits.MAX_COMPONENTS);
    assertThatThrownBy(() -> reader.read(models(BomLimits.MAX_COMPONENTS + 1), null))
        .isInstanceOf(BomTooManyComponentsException.class)
        .hasMessageContaining(String.valueOf(BomLimits.MAX_COMPONENTS + 1))
        .hasMessageContaining(String.valueOf(BomLimits.MAX_COMPONENTS));
  }

  private static byte[] models(int count) {
    StringBuilder json =
        new StringBuilder(
            "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": [");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"type\": \"machine-learning-model\", \"bom-ref\": \"m")
          .append(i)
          .append("\", \"name\": \"model-")
          .append(i)
          .append("\", \"purl\": \"pkg:huggingface/org/model-")
          .append(i)
          .append("\"}");
    }
    return utf8(json.append("]}").toString());
  }
}
