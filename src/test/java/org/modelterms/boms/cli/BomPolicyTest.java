package org.modelterms.boms.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelterms.boms.cli.BomPolicy.Action;
import org.modelterms.boms.cli.BomPolicy.PolicyException;
import org.modelterms.boms.cli.BomPolicy.Unresolved;
import org.modelterms.permissions.UseVerdict;
import org.modelterms.policies.UseCategory;

/** The policy file of the check-bom gate: what each key decides, and what it refuses. */
class BomPolicyTest {

  private static final String DOCUMENTED =
      """
      # policy.yml
      default: verdicts
      uses:
        COMMERCIAL:
          categories:
            Non-Commercial: deny
            responsible-ai: approval
          verdicts:
            CONDITIONAL: approval
      """;

  @Test
  void withoutAPolicyProhibitionsApprovalsAndUnknownsStopAndOtherConditionsPass() {
    BomPolicy none = BomPolicy.VERDICTS;
    assertThat(decide(none, UseVerdict.PERMITTED, false)).isEqualTo(Action.ALLOW);
    assertThat(decide(none, UseVerdict.CONDITIONAL, false)).isEqualTo(Action.ALLOW);
    assertThat(decide(none, UseVerdict.CONDITIONAL, true)).isEqualTo(Action.APPROVAL);
    assertThat(decide(none, UseVerdict.PROHIBITED, false)).isEqualTo(Action.DENY);
    assertThat(decide(none, UseVerdict.UNKNOWN, false)).isEqualTo(Action.APPROVAL);
    assertThat(none.unresolved()).isEqualTo(Unresolved.ERROR);
  }

  @Test
  void aCategoryRuleDecidesBeforeAVerdictRuleAndTheStrictestCategoryWins() {
    BomPolicy policy = BomPolicy.parse(DOCUMENTED);
    assertThat(
            policy.decide(
                UseCategory.COMMERCIAL, UseVerdict.PERMITTED, false, List.of("NON_COMMERCIAL")))
        .isEqualTo(Action.DENY);
    assertThat(
            policy.decide(
                UseCategory.COMMERCIAL,
                UseVerdict.PERMITTED,
                false,
                List.of("RESPONSIBLE_AI", "Non-Commercial")))
        .isEqualTo(Action.DENY);
    assertThat(
            policy.decide(
                UseCategory.COMMERCIAL, UseVerdict.PERMITTED, false, List.of("RESPONSIBLE_AI")))
        .isEqualTo(Action.APPROVAL);
    assertThat(
            policy.decide(
                UseCategory.COMMERCIAL, UseVerdict.CONDITIONAL, false, List.of("PERMISSIVE")))
        .isEqualTo(Action.APPROVAL);
    // another use has no rules: the registry's verdicts, as without a policy
    assertThat(
            policy.decide(
                UseCategory.RESEARCH, UseVerdict.CONDITIONAL, false, List.of("NON_COMMERCIAL")))
        .isEqualTo(Action.ALLOW);
  }

  @Test
  void aDefaultOtherThanVerdictsDecidesWhatNoRuleMatches() {
    BomPolicy strict =
        BomPolicy.parse(
            "default: deny\nunresolved: approval\nuses:\n  RESEARCH:\n    verdicts:\n      PERMITTED: allow\n");
    assertThat(strict.decide(UseCategory.RESEARCH, UseVerdict.PERMITTED, false, List.of()))
        .isEqualTo(Action.ALLOW);
    assertThat(strict.decide(UseCategory.RESEARCH, UseVerdict.CONDITIONAL, false, List.of()))
        .isEqualTo(Action.DENY);
    assertThat(strict.decide(UseCategory.COMMERCIAL, UseVerdict.PERMITTED, false, List.of()))
        .isEqualTo(Action.DENY);
    assertThat(strict.unresolved()).isEqualTo(Unresolved.APPROVAL);
  }

  @Test
  void unknownKeysAndValuesAreRefusedWithTheirLine() {
    assertRefused("default: verdicts\nusess:\n  COMMERCIAL: {}\n", "line 2", "usess");
    assertRefused("uses:\n  COMMERCAL:\n    verdicts: {}\n", "line 2", "COMMERCAL");
    assertRefused(
        "uses:\n  COMMERCIAL:\n    categories:\n      Non-Comercial: deny\n",
        "line 4",
        "Non-Comercial");
    assertRefused(
        "uses:\n  COMMERCIAL:\n    verdicts:\n      CONDITIONAL: maybe\n", "line 4", "maybe");
    assertRefused(
        "uses:\n  COMMERCIAL:\n    verdict:\n      CONDITIONAL: deny\n", "line 3", "verdict");
    assertRefused("default: sometimes\n", "line 1", "sometimes");
    assertRefused("uses: [COMMERCIAL]\n", "line 1", "mapping");
  }

  private static void assertRefused(String yaml, String line, String named) {
    assertThatThrownBy(() -> BomPolicy.parse(yaml))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining(line)
        .hasMessageContaining(named);
  }

  private static Action decide(BomPolicy policy, UseVerdict verdict, boolean needsApproval) {
    return policy.decide(UseCategory.COMMERCIAL, verdict, needsApproval, List.of("PERMISSIVE"));
  }
}
