package org.modelterms.boms.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;

/**
 * The official CycloneDX JSON schemas, as cyclonedx-core-java bundles them: a schema error does not
 * stop the reading, it becomes a warning naming the place.
 */
final class CycloneDxSchemas {

  /** Warnings beyond these few say nothing a reader of the answer could still use. */
  static final int MAX_REPORTED = 10;

  private static final Map<Version, Schema> SCHEMAS = new ConcurrentHashMap<>();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CycloneDxSchemas() {}

  /**
   * Checks the tree against its version's schema; a version the library has none for is skipped.
   */
  static void check(JsonNode bom, String specVersion, List<String> warnings) {
    Version version = version(specVersion);
    if (version == null) {
      return;
    }
    List<Error> errors = schema(version).validate(bom);
    for (int i = 0; i < errors.size() && i < MAX_REPORTED; i++) {
      Error error = errors.get(i);
      warnings.add(
          "Not valid against the CycloneDX "
              + specVersion
              + " schema at "
              + error.getInstanceLocation()
              + ": "
              + error.getMessage()
              + ".");
    }
    if (errors.size() > MAX_REPORTED) {
      warnings.add(
          (errors.size() - MAX_REPORTED)
              + " more departures from the CycloneDX schema not listed.");
    }
  }

  static Version version(String specVersion) {
    for (Version version : Version.values()) {
      if (version.getVersionString().equals(specVersion)) {
        return version;
      }
    }
    return null;
  }

  private static Schema schema(Version version) {
    return SCHEMAS.computeIfAbsent(
        version,
        v -> {
          try {
            return new JsonParser().getJsonSchema(v, MAPPER);
          } catch (IOException e) {
            throw new IllegalStateException(
                "The bundled CycloneDX " + v + " schema is unreadable", e);
          }
        });
  }
}
