package org.modelterms.assessments.mof;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.modelterms.openness.ContentType;
import org.modelterms.openness.MofComponent;

/**
 * What the MOF evaluation needs to know about a model, independent of where it is stored.
 *
 * @param components the listed components, each with the licence string it declares itself; an
 *     empty Optional means it declares none (absent or null), so the global licences apply. A
 *     declared empty string or {@code unlicensed} means unlicensed, with no fallback. Components
 *     not in the map are not listed.
 * @param typeLicenses the release's global licence string per content type
 * @param distributionLicense the release's distribution licence string, or {@code null}
 */
public record MofInput(
    Map<MofComponent, Optional<String>> components,
    Map<ContentType, String> typeLicenses,
    String distributionLicense) {

  public MofInput {
    components.values().forEach(Objects::requireNonNull);
    typeLicenses.values().forEach(Objects::requireNonNull);
    components =
        components.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(components));
    typeLicenses =
        typeLicenses.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<>(typeLicenses));
  }

  /** The input for a parsed MOT model file. */
  public static MofInput of(MotModelFile file) {
    return of(file.release());
  }

  /**
   * The input for a MOT release. A component listed twice counts once, as its last entry says (the
   * MOT keeps one licence per component, overwritten in file order).
   */
  public static MofInput of(MotModelFile.Release release) {
    Map<MofComponent, Optional<String>> components = new EnumMap<>(MofComponent.class);
    for (MotModelFile.Component component : release.components()) {
      components.put(component.component(), Optional.ofNullable(component.license()));
    }
    Map<ContentType, String> typeLicenses = new EnumMap<>(ContentType.class);
    release
        .typeLicenses()
        .forEach(
            (type, license) -> {
              if (license.name() != null) {
                typeLicenses.put(type, license.name());
              }
            });
    MotModelFile.GlobalLicense distribution = release.distributionLicense();
    return new MofInput(
        components, typeLicenses, distribution == null ? null : distribution.name());
  }
}
