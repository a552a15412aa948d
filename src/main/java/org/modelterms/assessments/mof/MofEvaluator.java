package org.modelterms.assessments.mof;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.modelterms.openness.MofClass;
import org.modelterms.openness.MofComponent;

/**
 * Classifies a model against the Model Openness Framework 1.0 exactly as the Model Openness Tool
 * does (its {@code ModelEvaluator} and {@code LicenseHandler}), so that the registry's classes and
 * progress match the ones published on isitopen.ai.
 */
public final class MofEvaluator {

  /** The licence string that explicitly means "no licence". */
  static final String UNLICENSED = "unlicensed";

  private final OpenLicensePolicy policy;

  public MofEvaluator(OpenLicensePolicy policy) {
    this.policy = Objects.requireNonNull(policy);
  }

  public MofResult evaluate(MotModelFile file) {
    return evaluate(MofInput.of(file));
  }

  public MofResult evaluate(MofInput input) {
    Map<MofComponent, ComponentEvaluation> components = new EnumMap<>(MofComponent.class);
    for (MofComponent component : MofComponent.values()) {
      components.put(component, evaluateComponent(component, input));
    }

    ComponentEvaluation technicalReport = components.get(MofComponent.TECHNICAL_REPORT);
    ComponentEvaluation researchPaper = components.get(MofComponent.RESEARCH_PAPER);
    // A research paper may replace the technical report: in Classes III and II it takes the
    // report's place whatever its own status; in Class I, where the paper is required anyway, a
    // met paper makes the report unnecessary. (The tool's PHP also substitutes when the report is
    // the only met Class III component, because array_search() then returns index 0, which PHP
    // reads as false; that accident is not reproduced. Of the MOT's 273 models only BLOOM is
    // affected.)
    boolean paperStandsIn = !technicalReport.isMet() && researchPaper.isListed();
    boolean reportWaived = !technicalReport.isMet() && researchPaper.isMet();

    Map<MofClass, ClassEvaluation> classes = new EnumMap<>(MofClass.class);
    // From the least open class up: a class counts only once the less open ones are complete.
    boolean lessOpenComplete = true;
    for (MofClass mofClass : List.of(MofClass.CLASS_III, MofClass.CLASS_II, MofClass.CLASS_I)) {
      List<ComponentEvaluation> required =
          requiredEvaluations(mofClass, components, paperStandsIn, reportWaived);
      ClassEvaluation evaluation = score(mofClass, required, !lessOpenComplete);
      classes.put(mofClass, evaluation);
      lessOpenComplete = lessOpenComplete && evaluation.isComplete();
    }

    return new MofResult(achievedClass(classes), classes, components, paperStandsIn, reportWaived);
  }

  private ComponentEvaluation evaluateComponent(MofComponent component, MofInput input) {
    Optional<String> declared = input.components().get(component);
    if (declared == null) {
      return new ComponentEvaluation(
          component, ComponentStatus.NOT_LISTED, null, LicenseSource.NONE, false);
    }
    String license;
    LicenseSource source;
    if (declared.isPresent()) {
      // The component's own licence wins even when it says it has none: no fallback.
      license = declared.get();
      source = LicenseSource.COMPONENT;
    } else if (hasText(input.typeLicenses().get(component.contentType()))) {
      license = input.typeLicenses().get(component.contentType());
      source = LicenseSource.TYPE_GLOBAL;
    } else if (hasText(input.distributionLicense())) {
      license = input.distributionLicense();
      source = LicenseSource.DISTRIBUTION;
    } else {
      license = null;
      source = LicenseSource.NONE;
    }
    boolean typeAppropriate =
        license != null && policy.contentTypes(license).contains(component.contentType());
    return new ComponentEvaluation(component, statusOf(license), license, source, typeAppropriate);
  }

  private ComponentStatus statusOf(String license) {
    if (!hasText(license)) {
      return ComponentStatus.UNLICENSED;
    }
    if (policy.isOpen(license)) {
      return ComponentStatus.MET;
    }
    return UNLICENSED.equals(license) ? ComponentStatus.UNLICENSED : ComponentStatus.INVALID;
  }

  /** The evaluations a class counts, after the Technical report / Research paper rules. */
  private static List<ComponentEvaluation> requiredEvaluations(
      MofClass mofClass,
      Map<MofComponent, ComponentEvaluation> components,
      boolean paperStandsIn,
      boolean reportWaived) {
    List<ComponentEvaluation> required = new ArrayList<>();
    for (MofComponent component : mofClass.requiredComponents()) {
      if (component != MofComponent.TECHNICAL_REPORT) {
        required.add(components.get(component));
      } else if (mofClass == MofClass.CLASS_I) {
        if (!reportWaived) {
          required.add(components.get(component));
        }
      } else {
        required.add(components.get(paperStandsIn ? MofComponent.RESEARCH_PAPER : component));
      }
    }
    return required;
  }

  private static ClassEvaluation score(
      MofClass mofClass, List<ComponentEvaluation> required, boolean blocked) {
    if (blocked) {
      return new ClassEvaluation(mofClass, 0, true, required);
    }
    long met = required.stream().filter(ComponentEvaluation::isMet).count();
    // Divide first, then multiply, as the MOT does: the unrounded doubles then match its output
    // to the last bit (1/6 gives 16.666666666666664).
    double progress = Math.min(100, (double) met / required.size() * 100);
    return new ClassEvaluation(mofClass, progress, false, required);
  }

  /** The most open class whose progress is exactly 100. */
  private static MofClass achievedClass(Map<MofClass, ClassEvaluation> classes) {
    for (MofClass mofClass : List.of(MofClass.CLASS_I, MofClass.CLASS_II, MofClass.CLASS_III)) {
      if (classes.get(mofClass).progress() == 100.0) {
        return mofClass;
      }
    }
    return null;
  }

  private static boolean hasText(String license) {
    // Empty, not blank: the MOT skips empty global licences but takes " " literally.
    return license != null && !license.isEmpty();
  }
}
