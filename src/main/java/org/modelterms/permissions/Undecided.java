package org.modelterms.permissions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answers given without reading any terms: the registry held no record of the model at the time
 * asked about (answered by the service, which has no facts to hand the engine), or the date is
 * before the model's release (answered by the engine, as the OSAID evaluator answers
 * INSUFFICIENT_INFORMATION then). Both are {@code UNKNOWN}: the registry never guesses.
 */
final class Undecided {

  private Undecided() {}

  static Decision noRecord(String model, OffsetDateTime asKnownAt) {
    return unknown(
        asKnownAt == null
            ? "the registry holds no record of " + model + "."
            : "the registry held no record of "
                + model
                + " as known at "
                + asKnownAt
                + ", so it had no terms to answer from.");
  }

  static Decision beforeRelease(String model, LocalDate releasedOn, LocalDate on) {
    return unknown(
        model
            + " was not released until "
            + releasedOn
            + ", so the registry does not judge its use on "
            + on
            + ".");
  }

  private static Decision unknown(String why) {
    return new Decision(UseVerdict.UNKNOWN, false, List.of(), List.of(), "UNKNOWN: " + why);
  }
}
