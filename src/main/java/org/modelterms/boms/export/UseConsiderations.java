package org.modelterms.boms.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.modelterms.permissions.UseVerdict;
import org.modelterms.permissions.api.DecidingRule;
import org.modelterms.permissions.api.UsePermission;

/**
 * A use's verdict in the words an exported document carries: the verdict, its conditions, and the
 * clauses that decided it with their document and version, so that a reader of the BOM alone can
 * find the text the registry relied on.
 */
final class UseConsiderations {

  private UseConsiderations() {}

  /** {@code COMMERCIAL: conditional (if …). Decided by Llama 3.1 Community License, …}. */
  static String sentence(UsePermission p) {
    StringBuilder s = new StringBuilder(p.use().name()).append(": ").append(word(p.verdict()));
    if (p.verdict() == UseVerdict.CONDITIONAL && !p.conditions().isEmpty()) {
      s.append(" (").append(String.join("; ", p.conditions())).append(")");
    }
    s.append(". ").append(grounds(p));
    return s.toString();
  }

  /** The deciding clauses, or why there are none. */
  static String grounds(UsePermission p) {
    if (p.verdict() == UseVerdict.UNKNOWN) {
      return "The registry holds no terms for the model on " + p.on() + ".";
    }
    if (p.rules().isEmpty()) {
      return "No clause in force addresses it on " + p.on() + "; the general grant covers it.";
    }
    return "Decided on "
        + p.on()
        + " by "
        + p.rules().stream().map(UseConsiderations::clause).collect(Collectors.joining("; "))
        + ".";
  }

  static String clause(DecidingRule r) {
    return r.document().title()
        + " (version \""
        + r.version().label()
        + "\", in force from "
        + r.version().effectiveFrom()
        + "): \""
        + r.quote()
        + "\"";
  }

  static String word(UseVerdict verdict) {
    return verdict.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Every use by verdict in one sentence: {@code On 2026-12-07, for an actor of whom nothing is
   * known, its terms permit RESEARCH; make COMMERCIAL conditional; prohibit WEAPONS.}
   */
  static String summary(List<UsePermission> uses, LocalDate on) {
    List<String> parts = new ArrayList<>();
    part(parts, "permit ", uses, UseVerdict.PERMITTED, "");
    part(parts, "make ", uses, UseVerdict.CONDITIONAL, " conditional");
    part(parts, "prohibit ", uses, UseVerdict.PROHIBITED, "");
    String known =
        "On "
            + on
            + ", for an actor of whom nothing is known, its terms "
            + String.join("; ", parts);
    List<String> unknown = of(uses, UseVerdict.UNKNOWN);
    if (!unknown.isEmpty()) {
      known +=
          (parts.isEmpty()
                  ? "are unknown to the registry for "
                  : "; the registry holds no terms for ")
              + String.join(", ", unknown);
    }
    return known + ".";
  }

  private static void part(
      List<String> parts, String verb, List<UsePermission> uses, UseVerdict verdict, String after) {
    List<String> names = of(uses, verdict);
    if (!names.isEmpty()) {
      parts.add(verb + String.join(", ", names) + after);
    }
  }

  private static List<String> of(List<UsePermission> uses, UseVerdict verdict) {
    return uses.stream().filter(p -> p.verdict() == verdict).map(p -> p.use().name()).toList();
  }
}
