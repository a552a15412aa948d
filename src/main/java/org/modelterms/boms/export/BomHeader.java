package org.modelterms.boms.export;

import java.time.Instant;
import java.util.UUID;

/**
 * What identifies one exported document: the registry's version as the tool that wrote it, when,
 * and its serial number (CycloneDX {@code serialNumber}, the SPDX document's namespace).
 */
public record BomHeader(String toolVersion, Instant created, UUID serial) {

  public static BomHeader now(String toolVersion) {
    return new BomHeader(toolVersion, Instant.now(), UUID.randomUUID());
  }
}
