package org.modelterms.boms.export;

import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;

/** The documents the registry writes its models as, each with its media type and file name. */
@Description("A bill-of-materials format the registry exports models as.")
public enum BomExportFormat {
  @Description("CycloneDX 1.6 JSON (application/vnd.cyclonedx+json).")
  CYCLONEDX_JSON("cyclonedx-json", "application/vnd.cyclonedx+json", ".cdx.json"),
  @Description("CycloneDX 1.6 XML (application/vnd.cyclonedx+xml).")
  CYCLONEDX_XML("cyclonedx-xml", "application/vnd.cyclonedx+xml", ".cdx.xml"),
  @Description("SPDX 3.0.1 JSON-LD with the AI profile (application/spdx+json).")
  SPDX_JSON("spdx-json", "application/spdx+json", ".spdx.json");

  private final String parameter;
  private final String mediaType;
  private final String fileSuffix;

  BomExportFormat(String parameter, String mediaType, String fileSuffix) {
    this.parameter = parameter;
    this.mediaType = mediaType;
    this.fileSuffix = fileSuffix;
  }

  /** How the HTTP endpoint's {@code format} parameter names it ({@code cyclonedx-json}). */
  public String parameter() {
    return parameter;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The file name a download of these models gets: the first model's slug, and how many more. */
  public String fileName(String firstSlug, int models) {
    return (models == 1 ? firstSlug : firstSlug + "-and-" + (models - 1) + "-more") + fileSuffix;
  }

  public static Optional<BomExportFormat> ofParameter(String text) {
    return Arrays.stream(values()).filter(f -> f.parameter.equalsIgnoreCase(text)).findFirst();
  }
}
