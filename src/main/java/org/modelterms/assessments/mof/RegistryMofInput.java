package org.modelterms.assessments.mof;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modelterms.facts.ComponentFacts;
import org.modelterms.facts.ModelFacts;
import org.modelterms.models.Availability;
import org.modelterms.openness.ContentType;
import org.modelterms.openness.MofComponent;

/**
 * Turns the registry's facts about a model into the Model Openness Tool's input. A component's
 * licence is the one its source declared verbatim where there is one (MOT files match strings
 * exactly), else its SPDX expression; the model's declared global and distribution licences are the
 * fallbacks, as in a MOT file.
 */
public final class RegistryMofInput {

  private RegistryMofInput() {}

  public static MofInput of(ModelFacts facts) {
    Map<MofComponent, Optional<String>> components = new EnumMap<>(MofComponent.class);
    // A source that declares global licences (a MOT file) leaves components without their own
    // licence to fall back on them; otherwise the component's SPDX expression is its licence.
    boolean declaresFallbacks = !facts.declaredLicenses().isEmpty();
    for (ComponentFacts c : facts.components().values()) {
      if (isListed(c)) {
        String license =
            c.declaredLicense() != null
                ? c.declaredLicense()
                : declaresFallbacks ? null : c.expression();
        components.put(MofComponent.valueOf(c.kind().name()), Optional.ofNullable(license));
      }
    }
    Map<ContentType, String> typeLicenses = new EnumMap<>(ContentType.class);
    for (ContentType type : ContentType.values()) {
      String declared = facts.declaredLicenses().get(type.name());
      if (declared != null) {
        typeLicenses.put(type, declared);
      }
    }
    String distribution = facts.declaredLicenses().get("DISTRIBUTION");
    return new MofInput(
        components, typeLicenses, distribution != null ? distribution : facts.licenseExpression());
  }

  /** Every licence string the evaluation may look up, to fetch their facts in one query. */
  public static Set<String> licenseStrings(MofInput input) {
    Set<String> strings = new LinkedHashSet<>();
    input.components().values().forEach(o -> o.ifPresent(strings::add));
    strings.addAll(input.typeLicenses().values());
    if (input.distributionLicense() != null) {
      strings.add(input.distributionLicense());
    }
    return strings;
  }

  /**
   * A component a MOT file lists counts as listed whatever its licence says; a component entered in
   * the registry counts as listed once it is released at least in part.
   */
  private static boolean isListed(ComponentFacts c) {
    return c.declaredLicense() != null
        || c.availability() == Availability.AVAILABLE
        || c.availability() == Availability.PARTIAL;
  }
}
