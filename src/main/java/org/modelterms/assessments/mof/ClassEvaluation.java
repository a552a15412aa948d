package org.modelterms.assessments.mof;

import java.util.List;
import java.util.stream.Collectors;
import org.modelterms.openness.MofClass;

/**
 * How a model fares against one MOF class.
 *
 * @param progress percentage of the class's required components met, unrounded, 0 to 100; 0 when
 *     {@code blocked}
 * @param blocked whether a less open class is incomplete, which makes this class's progress 0
 *     whatever its own components (the MOT reports it so)
 * @param required the evaluations this class counts, one per required component; in Classes III and
 *     II the Research paper may stand in for the Technical report, and in Class I the Technical
 *     report may be waived (see {@link MofResult})
 */
public record ClassEvaluation(
    MofClass mofClass, double progress, boolean blocked, List<ComponentEvaluation> required) {

  public ClassEvaluation {
    required = List.copyOf(required);
  }

  /** Required components with an open licence. */
  public List<ComponentEvaluation> met() {
    return withStatus(ComponentStatus.MET);
  }

  /** Required components listed under a licence that is not open. */
  public List<ComponentEvaluation> invalid() {
    return withStatus(ComponentStatus.INVALID);
  }

  /** Required components unlicensed or not listed. */
  public List<ComponentEvaluation> missing() {
    return required.stream()
        .filter(
            e ->
                e.status() == ComponentStatus.UNLICENSED
                    || e.status() == ComponentStatus.NOT_LISTED)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Whether every required component is met (regardless of {@code blocked}). */
  public boolean isComplete() {
    return required.stream().allMatch(ComponentEvaluation::isMet);
  }

  private List<ComponentEvaluation> withStatus(ComponentStatus status) {
    return required.stream()
        .filter(e -> e.status() == status)
        .collect(Collectors.toUnmodifiableList());
  }
}
