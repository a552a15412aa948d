package org.modelterms.permissions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answers given without asking the engine: the registry held no record of the model at the time
 * asked about, or the date is before the model's release. Both are {@code UNKNOWN}, as the OSAID
 * assessment answers INSUFFICIENT_INFORMATION before a release: the registry never guesses.
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
