package org.modelterms.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.policies.ActorKind.ACADEMIC;
import static org.modelterms.policies.ActorKind.COMPANY;
import static org.modelterms.policies.ActorKind.DEFENSE_CONTRACTOR;
import static org.modelterms.policies.ActorKind.GOVERNMENT;
import static org.modelterms.policies.UseCategory.COMMERCIAL;
import static org.modelterms.policies.UseCategory.MILITARY;
import static org.modelterms.testing.ModelFactsBuilder.When.anyone;
import static org.modelterms.testing.ModelFactsBuilder.When.in;
import static org.modelterms.testing.ModelFactsBuilder.When.kinds;
import static org.modelterms.testing.ModelFactsBuilder.When.modalities;
import static org.modelterms.testing.ModelFactsBuilder.When.notIn;
import static org.modelterms.testing.ModelFactsBuilder.When.onlyWithApproval;
import static org.modelterms.testing.ModelFactsBuilder.When.purposes;
import static org.modelterms.testing.ModelFactsBuilder.When.usersAbove;
import static org.modelterms.testing.ModelFactsBuilder.incorporated;
import static org.modelterms.testing.ModelFactsBuilder.inherited;
import static org.modelterms.testing.ModelFactsBuilder.licence;
import static org.modelterms.testing.ModelFactsBuilder.model;
import static org.modelterms.testing.ModelFactsBuilder.statement;
import static org.modelterms.testing.ModelFactsBuilder.usePolicy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelterms.models.Modality;
import org.modelterms.policies.ActorKind;
import org.modelterms.policies.Purpose;
import org.modelterms.testing.ModelFactsBuilder;

/**
 * The permitted-use engine alone, without Quarkus or a database: each row is a model's terms, an
 * actor and the answer docs/permitted-use.md gives for MILITARY use on 2025-01-01.
 */
class PermissionEngineTest {

  private static final PermissionEngine ENGINE =
      new PermissionEngine(
          Map.of(
              "EU", Set.of("FR", "DE", "IT"),
              "FIVE_EYES", Set.of("US", "GB", "CA", "AU", "NZ"),
              "NATO", Set.of("US", "GB", "CA", "FR", "DE", "IT")));

  private static final String BAN = "You will not use the model for military purposes.";
  private static final String GOVERNMENT_EXCEPTION = "US government agencies may use it.";
  private static final String OWN_CLAUSE = "Military use only under a separate agreement.";
  private static final String LARGE = "Above 700 million users, request a licence.";

  /** A row: the facts, who asks, the verdict, the deciding clauses' quotes and what it says. */
  record Row(
      String name,
      ModelFactsBuilder facts,
      Actor actor,
      UseVerdict verdict,
      List<String> deciding,
      List<String> says) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Row row(
      String name,
      ModelFactsBuilder facts,
      Actor actor,
      UseVerdict verdict,
      List<String> deciding,
      String... says) {
    return new Row(name, facts, actor, verdict, deciding, List.of(says));
  }

  static Actor kind(ActorKind kind) {
    return new Actor(kind, null, null, null);
  }

  static Actor from(String country) {
    return new Actor(null, country, null, null);
  }

  static Actor actor(ActorKind kind, String country) {
    return new Actor(kind, country, null, null);
  }

  static Actor users(long monthlyActiveUsers) {
    return new Actor(null, null, monthlyActiveUsers, null);
  }

  static Actor purpose(Purpose purpose) {
    return new Actor(null, null, null, purpose);
  }

  static ModelFactsBuilder prohibitedWhen(ModelFactsBuilder.When when) {
    return model("m").terms(licence("Acme Licence").prohibits(MILITARY, BAN, when));
  }

  static Stream<Row> noTerms() {
    return Stream.of(
        row(
            "no governing document",
            model("m"),
            Actor.ANYONE,
            UseVerdict.UNKNOWN,
            List.of(),
            "UNKNOWN: the registry holds no terms for m in force on 2025-01-01"),
        row(
            "documents with no version in force",
            model("m").terms(licence("Acme Licence").noVersionInForce()),
            Actor.ANYONE,
            UseVerdict.UNKNOWN,
            List.of(),
            "holds no terms for m in force on 2025-01-01"),
        row(
            "before release, whatever the terms say",
            prohibitedWhen(anyone()).releasedOn("2025-06-01"),
            Actor.ANYONE,
            UseVerdict.UNKNOWN,
            List.of(),
            "UNKNOWN: m was not released until 2025-06-01",
            "does not judge its use on 2025-01-01"),
        row(
            "on the release day the terms decide",
            prohibitedWhen(anyone()).releasedOn("2025-01-01"),
            Actor.ANYONE,
            UseVerdict.PROHIBITED,
            List.of(BAN)),
        row(
            "no release date recorded: the terms decide",
            prohibitedWhen(anyone()),
            Actor.ANYONE,
            UseVerdict.PROHIBITED,
            List.of(BAN)));
  }

  static Stream<Row> ruleKinds() {
    return Stream.of(
        row(
            "a clause on another use only",
            model("m").terms(licence("Acme Licence").prohibits(COMMERCIAL, BAN, anyone())),
            Actor.ANYONE,
            UseVerdict.PERMITTED,
            List.of(),
            "No clause in force addresses MILITARY use, so the general grant"),
        row(
            "a prohibition",
            prohibitedWhen(anyone()),
            Actor.ANYONE,
            UseVerdict.PROHIBITED,
            List.of(BAN),
            "PROHIBITED: On 2025-01-01, m is governed by Acme Licence (its license).",
            "prohibits MILITARY use: \"" + BAN + "\""),
        row(
            "a prohibition asking for approval",
            model("m")
                .terms(
                    licence("Acme Licence")
                        .publisher("Acme Inc.")
                        .prohibits(MILITARY, BAN, onlyWithApproval())),
            Actor.ANYONE,
            UseVerdict.PROHIBITED,
            List.of(BAN),
            "prohibits MILITARY use without the prior approval of Acme Inc.: \"" + BAN),
        row(
            "an express permission",
            model("m").terms(licence("Acme Licence").permits(MILITARY, "Any use.", anyone())),
            Actor.ANYONE,
            UseVerdict.PERMITTED,
            List.of("Any use."),
            "expressly permits MILITARY use: \"Any use.\""),
        row(
            "a conditional rule conditioned by its own clause",
            model("m").terms(licence("Acme Licence").conditions(MILITARY, OWN_CLAUSE, anyone())),
            Actor.ANYONE,
            UseVerdict.CONDITIONAL,
            List.of(OWN_CLAUSE),
            "permits MILITARY use only as far as this clause allows, which the registry cannot"
                + " check"),
        row(
            "a conditional rule asking for approval, publisher named",
            model("m")
                .terms(
                    licence("Acme Licence")
                        .publisher("Acme Inc.")
                        .conditions(MILITARY, "Ask us first.", onlyWithApproval())),
            Actor.ANYONE,
            UseVerdict.CONDITIONAL,
            List.of("Ask us first."),
            "permits MILITARY use only with the prior approval of Acme Inc.: \"Ask us first.\""),
        row(
            "a conditional rule asking for approval, publisher unknown",
            model("m")
                .terms(
                    licence("Acme Licence").conditions(MILITARY, "Ask first.", onlyWithApproval())),
            Actor.ANYONE,
            UseVerdict.CONDITIONAL,
            List.of("Ask first."),
            "only with the prior approval of the publisher of the Acme Licence"),
        row(
            "a user threshold the actor does not state",
            largeUsersNeedApproval(),
            Actor.ANYONE,
            UseVerdict.CONDITIONAL,
            List.of(LARGE),
            "permits MILITARY use while the actor has at most 700,000,000 monthly active users;"
                + " above that, only with the prior approval of Acme Inc."),
        row(
            "a user threshold the actor stays under",
            largeUsersNeedApproval(),
            users(700_000_000),
            UseVerdict.PERMITTED,
            List.of(),
            LARGE,
            "It does not apply to this actor: the actor has at most 700,000,000 monthly active"
                + " users.",
            "No clause in force restricts MILITARY use for this actor"),
        row(
            "a user threshold the actor exceeds",
            largeUsersNeedApproval(),
            users(700_000_001),
            UseVerdict.CONDITIONAL,
            List.of(LARGE)));
  }

  private static ModelFactsBuilder largeUsersNeedApproval() {
    return model("m")
        .terms(
            licence("Acme Licence")
                .publisher("Acme Inc.")
                .conditions(MILITARY, LARGE, usersAbove(700_000_000).approval()));
  }

  /** Each condition of a prohibition, for an actor it holds for, fails for, and cannot tell. */
  static Stream<Row> conditions() {
    return Stream.of(
        holds("actor kinds", kinds(GOVERNMENT, DEFENSE_CONTRACTOR), kind(DEFENSE_CONTRACTOR)),
        fails(
            "actor kinds",
            kinds(GOVERNMENT, DEFENSE_CONTRACTOR),
            kind(COMPANY),
            "the actor is not a government agency or a defence contractor"),
        unsettled(
            "actor kinds",
            kinds(GOVERNMENT, DEFENSE_CONTRACTOR),
            "the actor is a government agency or a defence contractor"),
        holds("a country", in("US"), from("US")),
        fails("a country", in("US"), from("FR"), "the actor is not in the United States"),
        unsettled("a country", in("US"), "the actor is in the United States"),
        holds("a country group", in("EU"), from("FR")),
        fails("a country group", in("EU"), from("US"), "the actor is not in an EU member state"),
        unsettled("a country group", in("EU"), "the actor is in an EU member state"),
        holds("an excluded country", notIn("US"), from("FR")),
        fails("an excluded country", notIn("US"), from("US"), "the actor is in the United States"),
        unsettled("an excluded country", notIn("US"), "the actor is not in the United States"),
        holds("an excluded group", notIn("FIVE_EYES"), from("FR")),
        fails("an excluded group", notIn("FIVE_EYES"), from("GB"), "a Five Eyes country"),
        holds("a user threshold", usersAbove(1_000_000), users(1_000_001)),
        fails(
            "a user threshold, at it",
            usersAbove(1_000_000),
            users(1_000_000),
            "the actor has at most 1,000,000 monthly active users"),
        unsettled("a user threshold", usersAbove(1_000_000), "the actor has more than 1,000,000"),
        holds("a purpose", purposes(Purpose.COMMERCIAL), purpose(Purpose.COMMERCIAL)),
        fails(
            "a purpose",
            purposes(Purpose.COMMERCIAL),
            purpose(Purpose.RESEARCH),
            "the purpose is not commercial"),
        unsettled("a purpose", purposes(Purpose.COMMERCIAL), "the purpose is commercial"),
        row(
            "a modality, held by the model",
            prohibitedWhen(modalities(Modality.MULTIMODAL)).modality(Modality.MULTIMODAL),
            Actor.ANYONE,
            UseVerdict.PROHIBITED,
            List.of(BAN),
            "where the model is multimodal"),
        row(
            "a modality, not the model's",
            prohibitedWhen(modalities(Modality.MULTIMODAL)).modality(Modality.TEXT),
            Actor.ANYONE,
            UseVerdict.PERMITTED,
            List.of(),
            "It does not apply to this actor: the model is not multimodal."),
        row(
            "a modality, the model's unrecorded",
            prohibitedWhen(modalities(Modality.MULTIMODAL)),
            Actor.ANYONE,
            UseVerdict.CONDITIONAL,
            List.of(BAN),
            "It depends on the actor: prohibited where the model is multimodal."),
        holds("two conditions", kinds(GOVERNMENT).andIn("EU"), actor(GOVERNMENT, "FR")),
        fails(
            "two conditions, one failing",
            kinds(GOVERNMENT).andIn("EU"),
            actor(GOVERNMENT, "US"),
            "It does not apply to this actor: the actor is not in an EU member state."),
        fails(
            "two conditions, one failing and one unknown",
            kinds(GOVERNMENT).andIn("EU"),
            kind(ACADEMIC),
            "the actor is not a government agency"),
        row(
            "two conditions, one holding and one unknown",
            prohibitedWhen(kinds(GOVERNMENT).andIn("EU")),
            kind(GOVERNMENT),
            UseVerdict.CONDITIONAL,
            List.of(BAN),
            "prohibited where the actor is a government agency and is in an EU member state"));
  }

  private static Row holds(String condition, ModelFactsBuilder.When when, Actor actor) {
    return row(
        condition + ", holding",
        prohibitedWhen(when),
        actor,
        UseVerdict.PROHIBITED,
        List.of(BAN),
        "prohibits MILITARY use where");
  }

  private static Row fails(
      String condition, ModelFactsBuilder.When when, Actor actor, String failing) {
    return row(
        condition + ", failing",
        prohibitedWhen(when),
        actor,
        UseVerdict.PERMITTED,
        List.of(),
        BAN,
        "It does not apply to this actor:",
        failing);
  }

  private static Row unsettled(String condition, ModelFactsBuilder.When when, String holding) {
    return row(
        condition + ", not stated",
        prohibitedWhen(when),
        Actor.ANYONE,
        UseVerdict.CONDITIONAL,
        List.of(BAN),
        "It depends on the actor: prohibited where " + holding);
  }

  /** A ban with a US-government exception, beside other rules on the same use. */
  static ModelFactsBuilder.Terms banWithException() {
    return licence("Acme Licence")
        .prohibits(MILITARY, BAN, anyone())
        .permits(MILITARY, GOVERNMENT_EXCEPTION, kinds(GOVERNMENT, DEFENSE_CONTRACTOR).andIn("US"));
  }

  static Stream<Row> precedence() {
    return Stream.of(
        row(
            "an exception covering the actor lifts the prohibition",
            model("m").terms(banWithException()),
            actor(GOVERNMENT, "US"),
            UseVerdict.PERMITTED,
            List.of(GOVERNMENT_EXCEPTION, BAN),
            "PERMITTED:",
            "prohibits MILITARY use: \"" + BAN + "\". But the Acme Licence",
            "permits it for this actor where the actor is a government agency or a defence"
                + " contractor and is in the United States: \""
                + GOVERNMENT_EXCEPTION),
        row(
            "an exception not covering the actor leaves the prohibition",
            model("m").terms(banWithException()),
            actor(COMPANY, "US"),
            UseVerdict.PROHIBITED,
            List.of(BAN),
            GOVERNMENT_EXCEPTION,
            "It does not apply to this actor: the actor is not a government agency or a defence"
                + " contractor."),
        row(
            "an exception the actor may fall under makes it conditional",
            model("m").terms(banWithException()),
            Actor.ANYONE,
            UseVerdict.CONDITIONAL,
            List.of(BAN, GOVERNMENT_EXCEPTION),
            "It depends on the actor: permitted only if the actor is a government agency or a"
                + " defence contractor and is in the United States."),
        row(
            "an exception asking for approval never settles it",
            model("m")
                .terms(
                    licence("Acme Licence")
                        .publisher("Acme Inc.")
                        .prohibits(MILITARY, BAN, anyone())
                        .permits(MILITARY, "With our consent.", kinds(GOVERNMENT).approval())),
            kind(GOVERNMENT),
            UseVerdict.CONDITIONAL,
            List.of(BAN, "With our consent."),
            "permitted only if the actor is a government agency, with the prior approval of Acme"
                + " Inc."),
        row(
            "an exception lifts a prohibition, a conditional rule still stands",
            model("m").terms(banWithException().conditions(MILITARY, OWN_CLAUSE, anyone())),
            actor(GOVERNMENT, "US"),
            UseVerdict.CONDITIONAL,
            List.of(GOVERNMENT_EXCEPTION, BAN, OWN_CLAUSE),
            "But the Acme Licence",
            "permits MILITARY use only as far as this clause allows"),
        row(
            "a prohibition that holds outweighs a conditional rule",
            model("m")
                .terms(
                    licence("Acme Licence")
                        .prohibits(MILITARY, BAN, anyone())
                        .conditions(MILITARY, OWN_CLAUSE, anyone())),
            Actor.ANYONE,
            UseVerdict.PROHIBITED,
            List.of(BAN)),
        row(
            "a prohibition that may hold, beside a conditional rule",
            model("m")
                .terms(
                    licence("Acme Licence")
                        .prohibits(MILITARY, BAN, in("EU"))
                        .conditions(MILITARY, OWN_CLAUSE, anyone())),
            Actor.ANYONE,
            UseVerdict.CONDITIONAL,
            List.of(BAN, OWN_CLAUSE),
            "It depends on the actor: prohibited where the actor is in an EU member state;"
                + " permitted only as far as the clause \""
                + OWN_CLAUSE
                + "\" of the Acme Licence allows"),
        row(
            "a prohibition and an exception, both uncertain",
            model("m")
                .terms(
                    licence("Acme Licence")
                        .prohibits(MILITARY, BAN, in("EU"))
                        .permits(MILITARY, GOVERNMENT_EXCEPTION, kinds(GOVERNMENT))),
            Actor.ANYONE,
            UseVerdict.CONDITIONAL,
            List.of(BAN, GOVERNMENT_EXCEPTION),
            "prohibited where the actor is in an EU member state; where prohibited, permitted as"
                + " an exception only if the actor is a government agency."),
        row(
            "a prohibition the actor is outside of, an express permission",
            model("m")
                .terms(
                    licence("Acme Licence")
                        .prohibits(MILITARY, BAN, in("EU"))
                        .permits(MILITARY, "Any use.", anyone())),
            from("US"),
            UseVerdict.PERMITTED,
            List.of("Any use."),
            "expressly permits MILITARY use: \"Any use.\""),
        row(
            "an express permission beside a conditional rule",
            model("m")
                .terms(
                    licence("Acme Licence")
                        .permits(MILITARY, "Any use.", anyone())
                        .conditions(MILITARY, OWN_CLAUSE, anyone())),
            Actor.ANYONE,
            UseVerdict.CONDITIONAL,
            List.of(OWN_CLAUSE),
            "also permits MILITARY use: \"Any use.\""));
  }

  static Stream<Row> documents() {
    return Stream.of(
        row(
            "an incorporated use policy prohibits what the licence is silent on",
            model("m")
                .terms(
                    licence("Acme Licence"),
                    incorporated("Acme AUP").prohibits(MILITARY, BAN, anyone())),
            Actor.ANYONE,
            UseVerdict.PROHIBITED,
            List.of(BAN),
            "governed by Acme Licence (its license), Acme AUP (incorporated by reference).",
            "The Acme AUP (version \"1.0\", in force since 2024-01-01) prohibits"),
        row(
            "a statement amending the terms adds an exception",
            model("m")
                .terms(
                    usePolicy("Acme AUP").prohibits(MILITARY, BAN, anyone()),
                    statement("Acme Statement")
                        .permits(MILITARY, GOVERNMENT_EXCEPTION, kinds(GOVERNMENT).andIn("US"))),
            actor(GOVERNMENT, "US"),
            UseVerdict.PERMITTED,
            List.of(GOVERNMENT_EXCEPTION, BAN),
            "Acme AUP (its use policy), Acme Statement (a statement amending its terms)",
            "But the Acme Statement"),
        row(
            "prohibitions in two documents both decide",
            model("m")
                .terms(
                    licence("Acme Licence").prohibits(MILITARY, BAN, anyone()),
                    usePolicy("Acme AUP").prohibits(MILITARY, "No weapons or war.", anyone())),
            Actor.ANYONE,
            UseVerdict.PROHIBITED,
            List.of(BAN, "No weapons or war.")),
        row(
            "a document with no version in force is not cited",
            model("m")
                .terms(
                    licence("Acme Licence").noVersionInForce(),
                    usePolicy("Acme AUP").prohibits(MILITARY, BAN, anyone())),
            Actor.ANYONE,
            UseVerdict.PROHIBITED,
            List.of(BAN),
            "m is governed by Acme AUP (its use policy)."),
        row(
            "terms passed down from the base model",
            model("m").terms(inherited("Base Licence").prohibits(MILITARY, BAN, anyone())),
            Actor.ANYONE,
            UseVerdict.PROHIBITED,
            List.of(BAN),
            "Base Licence (passed down from its base model)"),
        row(
            "a version that has since ended reads its last day",
            model("m")
                .terms(
                    licence("Acme Licence")
                        .version("2.0", "2024-03-01", "2025-06-01")
                        .prohibits(MILITARY, BAN, anyone())),
            Actor.ANYONE,
            UseVerdict.PROHIBITED,
            List.of(BAN),
            "(version \"2.0\", in force from 2024-03-01 to 2025-05-31)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"noTerms", "ruleKinds", "conditions", "precedence", "documents"})
  void decides(Row row) {
    Decision d = ENGINE.decide(row.facts().build(), MILITARY, row.actor());

    assertThat(d.verdict()).isEqualTo(row.verdict());
    assertThat(d.explanation()).startsWith(row.verdict() + ":");
    assertThat(d.rules())
        .extracting(r -> r.rule().quote())
        .containsExactlyElementsOf(row.deciding());
    assertThat(d.explicit()).isEqualTo(!row.deciding().isEmpty());
    for (String quote : row.deciding()) {
      assertThat(d.explanation()).contains("\"" + quote + "\"");
    }
    for (String words : row.says()) {
      assertThat(d.explanation()).contains(words);
    }
    if (row.verdict() != UseVerdict.CONDITIONAL) {
      assertThat(d.conditions()).isEmpty();
    } else {
      assertThat(d.conditions()).isNotEmpty();
    }
  }

  @Test
  void conditionsReadAsTheDocumentSays() {
    Decision d =
        ENGINE.decide(
            model("m")
                .terms(
                    licence("Acme Licence")
                        .publisher("Acme Inc.")
                        .prohibits(MILITARY, BAN, in("EU").andModalities(Modality.MULTIMODAL))
                        .conditions(MILITARY, LARGE, usersAbove(700_000_000).approval())
                        .conditions(MILITARY, "Government use needs a contract.", kinds(GOVERNMENT))
                        .conditions(MILITARY, OWN_CLAUSE, anyone()))
                .build(),
            MILITARY,
            Actor.ANYONE);

    assertThat(d.verdict()).isEqualTo(UseVerdict.CONDITIONAL);
    assertThat(d.conditions())
        .containsExactly(
            "prohibited where the actor is in an EU member state and the model is multimodal",
            "permitted while the actor has at most 700,000,000 monthly active users; above that,"
                + " only with the prior approval of Acme Inc.",
            "permitted unless the actor is a government agency; where that holds, only as far as"
                + " the clause \"Government use needs a contract.\" of the Acme Licence allows,"
                + " which the registry cannot check (read it against the intended use)",
            "permitted only as far as the clause \""
                + OWN_CLAUSE
                + "\" of the Acme Licence allows, which the registry cannot check (read it against"
                + " the intended use)");
  }

  @Test
  void decidingClausesCarryTheirConditionWords() {
    Decision d =
        ENGINE.decide(
            model("m")
                .terms(
                    banWithException()
                        .publisher("Acme Inc.")
                        .permits(MILITARY, "Allies, with consent.", in("NATO").approval()))
                .build(),
            MILITARY,
            actor(GOVERNMENT, "US"));

    assertThat(d.verdict()).isEqualTo(UseVerdict.PERMITTED);
    assertThat(d.rules())
        .extracting(Decision.Deciding::conditionWords)
        .containsExactly(
            List.of(
                "the actor is a government agency or a defence contractor",
                "the actor is in the United States"),
            List.of());
    assertThat(d.rules().get(0).terms().title()).isEqualTo("Acme Licence");
  }
}
