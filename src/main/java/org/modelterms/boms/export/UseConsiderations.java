package org.modelterms.boms.export;

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

  /** The uses whose terms restrict them: prohibited first, then conditional. */
  static List<UsePermission> restricted(List<UsePermission> uses) {
    return uses.stream()
        .filter(p -> p.verdict() == UseVerdict.PROHIBITED || p.verdict() == UseVerdict.CONDITIONAL)
        .sorted(
            (a, b) ->
                a.verdict() == b.verdict() ? 0 : a.verdict() == UseVerdict.PROHIBITED ? -1 : 1)
        .toList();
  }
}
