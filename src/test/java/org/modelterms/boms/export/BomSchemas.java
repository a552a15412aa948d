package org.modelterms.boms.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;

/**
 * The official schemas an export must meet: CycloneDX 1.6 as cyclonedx-core-java bundles it, SPDX
 * 3.0.1 as the specification publishes it (the copy in {@code boms/schemas/}, see its NOTICE).
 */
final class BomSchemas {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema spdx;

  private BomSchemas() {}

  static void assertValidCycloneDxJson(String document) {
    try {
      assertThat(new JsonParser().validate(document, Version.VERSION_16))
          .as("CycloneDX 1.6 JSON schema, for:\n%s", document)
          .isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertValidCycloneDxXml(String document) {
    try {
      assertThat(
              new XmlParser()
                  .validate(document.getBytes(StandardCharsets.UTF_8), Version.VERSION_16))
          .as("CycloneDX 1.6 XML schema")
          .isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode assertValidSpdx(String document) {
    JsonNode node = json(document);
    assertThat(spdxSchema().validate(node)).as("SPDX 3.0.1 JSON schema").isEmpty();
    return node;
  }

  static JsonNode json(String document) {
    try {
      return JSON.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Schema spdxSchema() {
    if (spdx == null) {
      try (InputStream in =
          BomSchemas.class.getResourceAsStream("/boms/schemas/spdx-3.0.1.schema.json")) {
        spdx = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return spdx;
  }
}
