package org.modelterms.boms.export;

import java.time.Instant;
import java.util.UUID;

/**
 * What identifies one exported document: the registry's version as the tool that wrote it, the time
 * of the record it states, and its serial number (CycloneDX {@code serialNumber}, the SPDX
 * document's namespace).
 */
public record BomHeader(String toolVersion, Instant created, UUID serial) {}
