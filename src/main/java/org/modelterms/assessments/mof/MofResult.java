package org.modelterms.assessments.mof;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.modelterms.openness.MofClass;
import org.modelterms.openness.MofComponent;

/**
 * A model's MOF classification as the MOT computes it.
 *
 * @param achievedClass the most open class with progress exactly 100, or {@code null} if none
 * @param classes the evaluation against each of the three classes
 * @param components the verdict on each of the 17 components, listed or not
 * @param researchPaperStandsIn whether, in Classes III and II, the Research paper stands in for a
 *     Technical report that is not met
 * @param technicalReportWaived whether Class I requires 13 components instead of 14, because the
 *     Technical report is not met but the Research paper is
 */
public record MofResult(
    MofClass achievedClass,
    Map<MofClass, ClassEvaluation> classes,
    Map<MofComponent, ComponentEvaluation> components,
    boolean researchPaperStandsIn,
    boolean technicalReportWaived) {

  public MofResult {
    classes = Collections.unmodifiableMap(new EnumMap<>(classes));
    components = Collections.unmodifiableMap(new EnumMap<>(components));
  }

  public Optional<MofClass> achieved() {
    return Optional.ofNullable(achievedClass);
  }

  public ClassEvaluation evaluation(MofClass mofClass) {
    return classes.get(mofClass);
  }

  /** Unrounded progress towards the class, 0 to 100. */
  public double progress(MofClass mofClass) {
    return classes.get(mofClass).progress();
  }

  /**
   * Listed components (required or optional) whose licence is open but not meant for their content
   * type: the MOT's "conditional" warning. They still count as met.
   */
  public List<ComponentEvaluation> conditionalWarnings() {
    return components.values().stream()
        .filter(ComponentEvaluation::isConditional)
        .collect(Collectors.toUnmodifiableList());
  }
}
