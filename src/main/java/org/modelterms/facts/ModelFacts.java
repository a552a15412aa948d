package org.modelterms.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelterms.models.ComponentKind;
import org.modelterms.models.Modality;

/**
 * Everything the registry holds that an assessment of one model on one date reads: plain values,
 * loaded for many models at once, so that the frameworks are plain Java over plain data.
 *
 * @param declaredLicenses licences the source declared for the whole model, by scope (DISTRIBUTION,
 *     CODE, DATA, DOCUMENT)
 * @param modality the model's modality, null when not recorded
 * @param releasedOn the date the model was first released, as recorded; null when unknown
 * @param validUntil the next day after {@code on} on which a binding or version of the model's
 *     terms starts or ends, so the answer may change; null when none is known
 */
public record ModelFacts(
    long modelKey,
    String slug,
    Modality modality,
    LocalDate releasedOn,
    LocalDate on,
    String licenseExpression,
    List<LicenseInfo> licenses,
    Map<String, String> declaredLicenses,
    Map<ComponentKind, ComponentFacts> components,
    List<TermsFacts> terms,
    LocalDate validUntil) {

  /** Whether {@code on} is before the model's recorded release. */
  public boolean beforeRelease() {
    return releasedOn != null && on.isBefore(releasedOn);
  }

  public Optional<ComponentFacts> component(ComponentKind kind) {
    return Optional.ofNullable(components.get(kind));
  }
}
