package org.modelterms.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;
import static org.modelterms.testing.PolicyFixtures.bound;
import static org.modelterms.testing.PolicyFixtures.document;
import static org.modelterms.testing.PolicyFixtures.rule;
import static org.modelterms.testing.PolicyFixtures.version;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;

/** The permitted-use verdicts of domain.md, on data written through the API. */
@QuarkusTest
class PermittedUseTest {

  private static final String ASK =
      """
      query($m: String!, $use: UseCategory!, $on: Date, $actor: ActorInput, $known: DateTime) {
        usePermission(model: $m, use: $use, on: $on, actor: $actor, asKnownAt: $known) {
          verdict explicit conditions explanation
          rules {
            relation effect quote conditions
            document { slug title }
            version { label effectiveFrom }
            sources { source { url } }
          }
        }
      }
      """;

  @Inject SessionFactory sessionFactory;

  private static JsonPath ask(String model, String use, String on, Map<String, Object> actor) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("m", model);
    vars.put("use", use);
    vars.put("on", on);
    vars.put("actor", actor);
    return query(
            ASK,
            vars.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray())
        .setRootPath("data.usePermission");
  }

  @Test
  void theWorkedExamplesOfTheDomain() {
    LlamaScenario s = new LlamaScenario();

    JsonPath before = ask(s.model, "MILITARY", "2024-10-01", null);
    assertThat(before.getString("verdict")).isEqualTo("PROHIBITED");
    assertThat(before.getBoolean("explicit")).isTrue();
    assertThat(before.getString("rules[0].quote")).isEqualTo(LlamaScenario.MILITARY_QUOTE);
    assertThat(before.getString("rules[0].document.slug")).isEqualTo(s.aup);
    assertThat(before.getString("rules[0].relation")).isEqualTo("INCORPORATED");
    assertThat(before.getString("rules[0].version.label")).isEqualTo("2024-07-23");
    assertThat(before.getList("rules[0].sources.source.url")).isNotEmpty();
    assertThat(before.getString("explanation")).startsWith("PROHIBITED").contains("ITAR");

    JsonPath anyone = ask(s.model, "MILITARY", "2024-12-01", null);
    assertThat(anyone.getString("verdict")).isEqualTo("CONDITIONAL");
    assertThat(anyone.getList("conditions", String.class))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("permitted only if the actor is a government agency")
                    .contains("the United States"));

    JsonPath usAgency =
        ask(s.model, "MILITARY", "2024-12-01", Map.of("kind", "GOVERNMENT", "country", "US"));
    assertThat(usAgency.getString("verdict")).isEqualTo("PERMITTED");
    assertThat(usAgency.getBoolean("explicit")).isTrue();
    assertThat(usAgency.getList("rules.document.slug")).contains(s.statement, s.aup);
  }

  @Test
  void anExceptionAppliesToOneActorAndNotAnother() {
    LlamaScenario s = new LlamaScenario();
    Map<String, Object> french = Map.of("kind", "GOVERNMENT", "country", "FR");
    assertThat(ask(s.model, "MILITARY", "2024-12-01", french).getString("verdict"))
        .isEqualTo("PROHIBITED");
    assertThat(ask(s.model, "MILITARY", "2025-10-01", french).getString("verdict"))
        .isEqualTo("PERMITTED");
    Map<String, Object> britishContractor = Map.of("kind", "DEFENSE_CONTRACTOR", "country", "GB");
    assertThat(ask(s.model, "MILITARY", "2025-10-01", britishContractor).getString("verdict"))
        .isEqualTo("PERMITTED");
    Map<String, Object> company = Map.of("kind", "COMPANY", "country", "US");
    assertThat(ask(s.model, "MILITARY", "2025-10-01", company).getString("verdict"))
        .isEqualTo("PROHIBITED");
  }

  @Test
  void anExceptionLiftsTheProhibitionButNotAnotherDocumentsCondition() {
    LlamaScenario s = new LlamaScenario();
    String hosting =
        document(
            "host-terms-" + s.suffix,
            "TERMS",
            Map.of("title", "Hosting Service Terms", "publisher", s.provider));
    String quote = "national security uses need our review and approval";
    version(
        hosting,
        "2024-08-01",
        "2024-08-01",
        List.of(rule("MILITARY", "CONDITIONAL", quote, Map.of("requiresApproval", true))),
        null);
    bound(s.model, hosting, "TERMS", "2024-08-01");
    JsonPath usAgency =
        ask(s.model, "MILITARY", "2024-12-01", Map.of("kind", "GOVERNMENT", "country", "US"));
    // Meta's statement lifts the AUP's ban for this actor; the hosting terms still ask for an
    // approval the registry does not record.
    assertThat(usAgency.getString("verdict")).isEqualTo("CONDITIONAL");
    assertThat(usAgency.getList("conditions", String.class))
        .anySatisfy(c -> assertThat(c).startsWith("permitted only with the prior approval of"));
    assertThat(usAgency.getList("rules.document.slug")).contains(s.statement, s.aup, hosting);
    assertThat(usAgency.getString("explanation"))
        .contains("permits it for this actor where the actor is a government agency")
        .contains(quote);
    // An actor the exception does not cover stays prohibited.
    assertThat(
            ask(s.model, "MILITARY", "2024-12-01", Map.of("kind", "COMPANY", "country", "US"))
                .getString("verdict"))
        .isEqualTo("PROHIBITED");
  }

  @Test
  void aUserCountThreshold() {
    LlamaScenario s = new LlamaScenario();
    JsonPath big =
        ask(s.model, "COMMERCIAL", "2025-01-01", Map.of("monthlyActiveUsers", 1_000_000_000L));
    assertThat(big.getString("verdict")).isEqualTo("CONDITIONAL");
    assertThat(big.getList("conditions", String.class))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("permitted while the actor has at most 700,000,000")
                    .contains(
                        "above that, only with the prior approval of the publisher of the Llama"
                            + " 3.1 Community License Agreement"));
    JsonPath small = ask(s.model, "COMMERCIAL", "2025-01-01", Map.of("monthlyActiveUsers", 5_000L));
    assertThat(small.getString("verdict")).isEqualTo("PERMITTED");
    assertThat(small.getBoolean("explicit")).isFalse();
    // The clause addresses commercial use; it only does not reach this actor.
    assertThat(small.getString("explanation"))
        .doesNotContain("No clause in force addresses")
        .contains(
            "It does not apply to this actor: the actor has at most 700,000,000 monthly active"
                + " users.");
  }

  @Test
  void aDerivedModelInheritsItsBaseModelsTerms() {
    LlamaScenario s = new LlamaScenario();
    JsonPath r = ask(s.fineTune, "MILITARY", "2024-10-01", null);
    assertThat(r.getString("verdict")).isEqualTo("PROHIBITED");
    assertThat(r.getString("explanation")).contains("passed down from its base model");
  }

  @Test
  void unknownBeforeAnyTermsExist() {
    LlamaScenario s = new LlamaScenario();
    JsonPath r = ask(s.model, "MILITARY", "2024-07-01", null);
    assertThat(r.getString("verdict")).isEqualTo("UNKNOWN");
    assertThat(r.getList("rules")).isEmpty();
  }

  @Test
  void aCountryGroupExclusionForMultimodalModels() {
    String suffix = Fixtures.unique();
    String provider = Fixtures.organization("meta32-" + suffix);
    String licence =
        document(
            "llama-3.2-license-" + suffix,
            "LICENSE",
            Map.of("title", "Llama 3.2 Community License"));
    version(
        licence,
        "Llama 3.2 Version Release Date: September 25, 2024",
        "2024-09-25",
        List.of(
            rule(
                "COMMERCIAL",
                "PROHIBIT",
                "the rights granted under Section 1(a) ... are not being granted to you if you are an"
                    + " individual domiciled in, or a company with a principal place of business in,"
                    + " the European Union",
                Map.of("countries", List.of("EU"), "modalities", List.of("MULTIMODAL")))),
        null);
    String vision = "vision-" + suffix;
    String text = "text-" + suffix;
    Fixtures.registerModel(
        Map.of("slug", vision, "name", "Vision", "provider", provider, "modality", "MULTIMODAL"));
    Fixtures.registerModel(
        Map.of("slug", text, "name", "Text", "provider", provider, "modality", "TEXT"));
    bound(vision, licence, "LICENSE", "2024-09-25");
    bound(text, licence, "LICENSE", "2024-09-25");
    Map<String, Object> german = Map.of("kind", "COMPANY", "country", "DE");
    assertThat(ask(vision, "COMMERCIAL", "2025-01-01", german).getString("verdict"))
        .isEqualTo("PROHIBITED");
    assertThat(
            ask(vision, "COMMERCIAL", "2025-01-01", Map.of("kind", "COMPANY", "country", "US"))
                .getString("verdict"))
        .isEqualTo("PERMITTED");
    assertThat(ask(text, "COMMERCIAL", "2025-01-01", german).getString("verdict"))
        .isEqualTo("PERMITTED");
    assertThat(ask(vision, "COMMERCIAL", "2025-01-01", null).getString("verdict"))
        .isEqualTo("CONDITIONAL");
  }

  @Test
  void aRelicensingChangesTheVerdictAndTheOsaidOnADate() {
    String suffix = Fixtures.unique();
    String provider = Fixtures.organization("tii-" + suffix);
    query(
        """
        mutation($input: LicenseRegisterInput!) { licenseRegister(input: $input) { userErrors { code } } }
        """,
        "input",
        Map.of(
            "identifier",
            "LicenseRef-TII-Falcon-" + suffix,
            "name",
            "TII Falcon LLM License 1.0",
            "kind",
            "OTHER"));
    String tii =
        document(
            "tii-falcon-" + suffix,
            "LICENSE",
            Map.of(
                "title", "TII Falcon LLM License", "license", "LicenseRef-TII-Falcon-" + suffix));
    version(
        tii,
        "Version 1.0",
        "2023-05-25",
        List.of(
            rule(
                "COMMERCIAL",
                "CONDITIONAL",
                "commercial use ... subject to a royalty of 10% of attributable revenue above USD 1M",
                Map.of("requiresApproval", true))),
        null);
    String apache =
        document(
            "apache-" + suffix,
            "LICENSE",
            Map.of("title", "Apache License 2.0", "license", "Apache-2.0"));
    version(apache, "2.0", "2004-01-01", List.of(), null);
    String falcon = "falcon-40b-" + suffix;
    Fixtures.registerModel(
        Map.of(
            "slug",
            falcon,
            "name",
            "Falcon 40B",
            "provider",
            provider,
            "components",
            // The checklist's parameters criterion also asks for the architecture's licence.
            List.of(
                Fixtures.component("FINAL_PARAMETERS", "AVAILABLE", "Apache-2.0"),
                Fixtures.component("MODEL_ARCHITECTURE", "AVAILABLE", "Apache-2.0"))));
    bound(falcon, tii, "LICENSE", "2023-05-25");
    bound(falcon, apache, "LICENSE", "2023-05-31");

    assertThat(ask(falcon, "COMMERCIAL", "2023-05-28", null).getString("verdict"))
        .isEqualTo("CONDITIONAL");
    assertThat(ask(falcon, "COMMERCIAL", "2023-06-01", null).getString("verdict"))
        .isEqualTo("PERMITTED");

    String osaid =
        """
        query($s: String, $on: Date) { model(slug: $s) { osaid(on: $on) { criteria { criterion met reason } } } }
        """;
    JsonPath early = query(osaid, "s", falcon, "on", "2023-05-28");
    JsonPath late = query(osaid, "s", falcon, "on", "2023-06-01");
    assertThat(parameters(early).get("met")).isEqualTo(false);
    assertThat((String) parameters(early).get("reason"))
        .contains("LicenseRef-TII-Falcon-" + suffix);
    assertThat(parameters(late).get("met")).isEqualTo(true);
  }

  private static Map<String, Object> parameters(JsonPath r) {
    List<Map<String, Object>> criteria = r.getList("data.model.osaid.criteria");
    return criteria.stream()
        .filter(c -> c.get("criterion").equals("PARAMETERS"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void complianceReportIsAMatrixInABoundedNumberOfStatements() {
    LlamaScenario a = new LlamaScenario();
    LlamaScenario b = new LlamaScenario();
    String report =
        """
        query($models: [String!]!) {
          complianceReport(models: $models, uses: [MILITARY, COMMERCIAL], on: "2024-10-01") {
            unknownModels
            rows { model { slug } permissions { use verdict rules { quote sources { source { url } } } } }
          }
        }
        """;
    var statistics = sessionFactory.getStatistics();
    statistics.clear();
    JsonPath two = query(report, "models", List.of(a.model, "no-such-model"));
    long forOne = statistics.getPrepareStatementCount();
    statistics.clear();
    JsonPath four = query(report, "models", List.of(a.model, a.fineTune, b.model, b.fineTune));
    long forFour = statistics.getPrepareStatementCount();
    assertThat(two.getList("data.complianceReport.unknownModels")).containsExactly("no-such-model");
    assertThat(two.getList("data.complianceReport.rows[0].permissions.verdict"))
        .containsExactly("PROHIBITED", "CONDITIONAL");
    assertThat(four.getList("data.complianceReport.rows")).hasSize(4);
    System.out.printf(
        "complianceReport SQL statements: 1 model -> %d, 4 models -> %d%n", forOne, forFour);
    assertThat(forFour).isEqualTo(forOne);
  }

  @Test
  void everyUseAtOnce() {
    LlamaScenario s = new LlamaScenario();
    JsonPath r =
        query(
            """
            query($s: String) { model(slug: $s) { useTerms(on: "2024-10-01") { use verdict } } }
            """,
            "s",
            s.model);
    List<Map<String, Object>> terms = r.getList("data.model.useTerms");
    assertThat(terms).hasSize(11);
    assertThat(terms)
        .anySatisfy(
            t ->
                assertThat(t)
                    .containsEntry("use", "MILITARY")
                    .containsEntry("verdict", "PROHIBITED"));
    assertThat(terms)
        .anySatisfy(
            t ->
                assertThat(t)
                    .containsEntry("use", "RESEARCH")
                    .containsEntry("verdict", "PERMITTED"));
  }
}
