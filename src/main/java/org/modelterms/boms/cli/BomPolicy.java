package org.modelterms.boms.cli;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.modelterms.assessments.yaml.YamlFormatException;
import org.modelterms.assessments.yaml.YamlNode;
import org.modelterms.licenses.LicenseKind;
import org.modelterms.licenses.ScancodeCategory;
import org.modelterms.permissions.UseVerdict;
import org.modelterms.policies.UseCategory;

/**
 * A team's policy file for the {@code check-bom} gate (docs/bom.md, "The policy file"): per use,
 * what to do with a licence category and with each registry verdict. Every key is checked; an
 * unknown one is refused with its line, since a misspelt rule that is silently ignored would let
 * through what the team meant to stop.
 */
final class BomPolicy {

  /** What the gate does with a model for a use. Declared from the most to the least lenient. */
  enum Action {
    ALLOW,
    APPROVAL,
    DENY;

    static Action strictest(Action a, Action b) {
      return a.ordinal() >= b.ordinal() ? a : b;
    }
  }

  /** What the gate does with an unresolved model: stop the pipeline as an error, or an action. */
  enum Unresolved {
    ERROR,
    DENY,
    APPROVAL,
    ALLOW
  }

  /** A policy file the gate will not apply: what is wrong, and on which line. */
  static final class PolicyException extends RuntimeException {
    PolicyException(int line, String problem) {
      super("line " + line + ": " + problem);
    }
  }

  /** A use's rules: by licence category (normalised key), by verdict. */
  record UseRules(Map<String, Action> categories, Map<UseVerdict, Action> verdicts) {}

  /** No policy file: the registry's verdicts, read as docs/bom.md says. */
  static final BomPolicy VERDICTS = new BomPolicy(null, Unresolved.ERROR, Map.of());

  private final Action fallback;
  private final Unresolved unresolved;
  private final Map<UseCategory, UseRules> uses;

  private BomPolicy(Action fallback, Unresolved unresolved, Map<UseCategory, UseRules> uses) {
    this.fallback = fallback;
    this.unresolved = unresolved;
    this.uses = uses;
  }

  Unresolved unresolved() {
    return unresolved;
  }

  /**
   * What to do with a model for a use: a rule for one of its licences' categories decides (the
   * strictest, when several match); otherwise a rule for the verdict; otherwise {@code default}.
   *
   * @param categories the categories of the licences the model's terms come from, as the registry
   *     names them (ScanCode category labels and licence kinds)
   * @param needsApproval the verdict is CONDITIONAL and a condition asks the publisher's approval
   */
  Action decide(
      UseCategory use, UseVerdict verdict, boolean needsApproval, Collection<String> categories) {
    UseRules rules = uses.get(use);
    if (rules != null) {
      Action byCategory = null;
      for (String category : categories) {
        Action action = rules.categories().get(normal(category));
        if (action != null) {
          byCategory = byCategory == null ? action : Action.strictest(byCategory, action);
        }
      }
      if (byCategory != null) {
        return byCategory;
      }
      Action byVerdict = rules.verdicts().get(verdict);
      if (byVerdict != null) {
        return byVerdict;
      }
    }
    return fallback != null ? fallback : byVerdict(verdict, needsApproval);
  }

  /**
   * The registry's verdicts as a gate reads them: a prohibition or an approval to obtain stops the
   * pipeline, and so does UNKNOWN (no terms on that date: nothing vouches for the use); other
   * conditions pass, printed for the team to meet.
   */
  static Action byVerdict(UseVerdict verdict, boolean needsApproval) {
    return switch (verdict) {
      case PERMITTED -> Action.ALLOW;
      case CONDITIONAL -> needsApproval ? Action.APPROVAL : Action.ALLOW;
      case PROHIBITED -> Action.DENY;
      case UNKNOWN -> Action.APPROVAL;
    };
  }

  boolean usesCategories() {
    return uses.values().stream().anyMatch(r -> !r.categories().isEmpty());
  }

  /** "Non-Commercial", NON_COMMERCIAL and non-commercial are one category. */
  static String normal(String category) {
    return category.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
  }

  /** Every category a rule may name: ScanCode's categories and the registry's licence kinds. */
  static final Set<String> CATEGORIES =
      Stream.concat(
              Arrays.stream(ScancodeCategory.values()).flatMap(c -> Stream.of(c.label(), c.name())),
              Arrays.stream(LicenseKind.values()).map(Enum::name))
          .map(BomPolicy::normal)
          .collect(Collectors.toUnmodifiableSet());

  static BomPolicy parse(String yaml) {
    YamlNode root;
    try {
      root = YamlNode.parse(yaml);
    } catch (YamlFormatException e) {
      throw new PolicyException(e.line(), e.problem());
    }
    mapping(root, "the policy");
    keys(root, List.of("default", "unresolved", "uses"));
    Action fallback = null;
    YamlNode defaultNode = root.fields().get("default");
    if (defaultNode != null && !"verdicts".equals(defaultNode.text())) {
      fallback = action(defaultNode, "`default` is verdicts, allow, approval or deny");
    }
    Unresolved unresolved = Unresolved.ERROR;
    YamlNode unresolvedNode = root.fields().get("unresolved");
    if (unresolvedNode != null) {
      unresolved =
          value(Unresolved.class, unresolvedNode, "`unresolved` is error, deny, approval or allow");
    }
    Map<UseCategory, UseRules> uses = new HashMap<>();
    YamlNode usesNode = root.fields().get("uses");
    if (usesNode != null && !usesNode.isNull()) {
      mapping(usesNode, "`uses`");
      for (Map.Entry<String, YamlNode> use : usesNode.fields().entrySet()) {
        UseCategory category = useCategory(use.getKey(), usesNode.keyLine(use.getKey()));
        uses.put(category, useRules(use.getValue(), use.getKey()));
      }
    }
    return new BomPolicy(fallback, unresolved, uses);
  }

  private static UseRules useRules(YamlNode node, String use) {
    if (node.isNull()) {
      return new UseRules(Map.of(), Map.of());
    }
    mapping(node, "`uses." + use + "`");
    keys(node, List.of("categories", "verdicts"));
    Map<String, Action> categories = new HashMap<>();
    YamlNode categoriesNode = node.fields().get("categories");
    if (categoriesNode != null && !categoriesNode.isNull()) {
      mapping(categoriesNode, "`categories`");
      for (Map.Entry<String, YamlNode> rule : categoriesNode.fields().entrySet()) {
        if (!CATEGORIES.contains(normal(rule.getKey()))) {
          throw new PolicyException(
              categoriesNode.keyLine(rule.getKey()),
              "\""
                  + rule.getKey()
                  + "\" is no licence category; name a ScanCode category (Permissive,"
                  + " Non-Commercial, Source-available, …) or a registry licence kind"
                  + " (RESPONSIBLE_AI, NON_COMMERCIAL, …)");
        }
        categories.put(
            normal(rule.getKey()),
            action(rule.getValue(), "a category's rule is allow, approval or deny"));
      }
    }
    Map<UseVerdict, Action> verdicts = new HashMap<>();
    YamlNode verdictsNode = node.fields().get("verdicts");
    if (verdictsNode != null && !verdictsNode.isNull()) {
      mapping(verdictsNode, "`verdicts`");
      for (Map.Entry<String, YamlNode> rule : verdictsNode.fields().entrySet()) {
        UseVerdict verdict;
        try {
          verdict = UseVerdict.valueOf(rule.getKey());
        } catch (IllegalArgumentException e) {
          throw new PolicyException(
              verdictsNode.keyLine(rule.getKey()),
              "\""
                  + rule.getKey()
                  + "\" is no verdict; the verdicts are "
                  + Arrays.toString(UseVerdict.values()));
        }
        verdicts.put(
            verdict, action(rule.getValue(), "a verdict's rule is allow, approval or deny"));
      }
    }
    return new UseRules(categories, verdicts);
  }

  private static UseCategory useCategory(String key, int line) {
    try {
      return UseCategory.valueOf(key);
    } catch (IllegalArgumentException e) {
      throw new PolicyException(
          line, "\"" + key + "\" is no use; the uses are " + Arrays.toString(UseCategory.values()));
    }
  }

  private static Action action(YamlNode node, String expected) {
    return value(Action.class, node, expected);
  }

  private static <E extends Enum<E>> E value(Class<E> type, YamlNode node, String expected) {
    if (!node.isScalar() || node.text() == null) {
      throw new PolicyException(node.line(), expected);
    }
    try {
      return Enum.valueOf(type, node.text().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PolicyException(node.line(), expected + ", not \"" + node.text() + "\"");
    }
  }

  private static void mapping(YamlNode node, String what) {
    if (node.kind() != YamlNode.Kind.MAPPING) {
      throw new PolicyException(node.line(), what + " must be a mapping of keys to values");
    }
  }

  private static void keys(YamlNode node, List<String> known) {
    for (String key : node.fields().keySet()) {
      if (!known.contains(key)) {
        throw new PolicyException(
            node.keyLine(key), "unknown key \"" + key + "\"; the keys here are " + known);
      }
    }
  }
}
