package org.modelterms.assessments.osaid;

import java.time.LocalDate;
import java.util.List;
import org.modelterms.openness.OsaidVerdict;

public record OsaidResult(
    long modelKey, LocalDate on, OsaidVerdict verdict, List<CriterionResult> criteria) {

  /** Every criterion met conforms; any not met does not; otherwise the facts are insufficient. */
  static OsaidVerdict verdictOf(List<CriterionResult> criteria) {
    if (criteria.stream().anyMatch(c -> Boolean.FALSE.equals(c.met()))) {
      return OsaidVerdict.DOES_NOT_CONFORM;
    }
    if (criteria.stream().allMatch(c -> Boolean.TRUE.equals(c.met()))) {
      return OsaidVerdict.CONFORMS;
    }
    return OsaidVerdict.INSUFFICIENT_INFORMATION;
  }
}
