package org.modelterms.permissions;

import static org.modelterms.testing.PolicyFixtures.bound;
import static org.modelterms.testing.PolicyFixtures.document;
import static org.modelterms.testing.PolicyFixtures.rule;
import static org.modelterms.testing.PolicyFixtures.version;

import java.util.List;
import java.util.Map;
import org.modelterms.testing.Fixtures;
import org.modelterms.testing.GraphQLClient;

/**
 * Meta's Llama 3.1 terms as facts.md records them, written through the API under fresh slugs: the
 * licence (with the 700M monthly-active-user clause) incorporating its AUP (military ban), and
 * Meta's statement of 2024-11-04 amending the AUP for US government agencies and contractors,
 * extended to the Five Eyes and more allies in 2025-09.
 */
final class LlamaScenario {

  static final String MILITARY_QUOTE =
      "Military, warfare, nuclear industries or applications, espionage, use for materials or"
          + " activities that are subject to the International Traffic Arms Regulations (ITAR)"
          + " maintained by the United States Department of State";

  final String suffix = Fixtures.unique();
  final String provider = Fixtures.organization("meta-" + suffix);
  final String license = "LicenseRef-Llama-3.1-" + suffix;
  final String licenseDoc = "llama-3.1-license-" + suffix;
  final String aup = "llama-3.1-aup-" + suffix;
  final String statement = "meta-national-security-" + suffix;
  final String model = "llama-3.1-405b-" + suffix;
  final String fineTune = "llama-tune-" + suffix;

  LlamaScenario() {
    GraphQLClient.query(
        """
        mutation($input: LicenseRegisterInput!) { licenseRegister(input: $input) { userErrors { code } } }
        """,
        "input",
        Map.of(
            "identifier",
            license,
            "name",
            "Llama 3.1 Community License",
            "kind",
            "RESPONSIBLE_AI"));
    document(
        aup,
        "USE_POLICY",
        Map.of("title", "Llama 3.1 Acceptable Use Policy", "publisher", provider));
    document(
        licenseDoc,
        "LICENSE",
        Map.of(
            "title",
            "Llama 3.1 Community License Agreement",
            "license",
            license,
            "incorporates",
            List.of(aup)));
    document(
        statement,
        "STATEMENT",
        Map.of("title", "Meta statement on Llama for national security", "amends", List.of(aup)));
    version(
        licenseDoc,
        "Llama 3.1 Version Release Date: July 23, 2024",
        "2024-07-23",
        List.of(
            rule(
                "COMMERCIAL",
                "CONDITIONAL",
                "If ... the monthly active users ... is greater than 700 million monthly active"
                    + " users ... you must request a license from Meta",
                Map.of("monthlyActiveUsersAbove", 700_000_000L, "requiresApproval", true))),
        null);
    version(
        aup,
        "2024-07-23",
        "2024-07-23",
        List.of(rule("MILITARY", "PROHIBIT", MILITARY_QUOTE)),
        null);
    version(
        statement,
        "2024-11-04",
        "2024-11-04",
        List.of(
            rule(
                "MILITARY",
                "PERMIT",
                "we're making Llama available to U.S. government agencies, including those that are"
                    + " working on defense and national security applications, and private sector"
                    + " partners supporting their work",
                Map.of(
                    "actorKinds",
                    List.of("GOVERNMENT", "DEFENSE_CONTRACTOR"),
                    "countries",
                    List.of("US")))),
        null);
    version(
        statement,
        "2025-09-22",
        "2025-09-22",
        List.of(
            rule(
                "MILITARY",
                "PERMIT",
                "extended beyond the Five Eyes to France, Germany, Italy, Japan, South Korea, plus"
                    + " NATO and European Union institutions",
                Map.of(
                    "actorKinds", List.of("GOVERNMENT", "DEFENSE_CONTRACTOR"),
                    "countries", List.of("FIVE_EYES", "FR", "DE", "IT", "JP", "KR")))),
        null);
    Fixtures.registerModel(
        Map.of(
            "slug",
            model,
            "name",
            "Llama 3.1 405B",
            "provider",
            provider,
            "releasedOn",
            "2024-07-23"));
    bound(model, licenseDoc, "LICENSE", "2024-07-23");
    Fixtures.registerModel(
        Map.of(
            "slug", fineTune,
            "name", "A Llama fine-tune",
            "provider", provider,
            "baseModel", model,
            "baseRelation", "FINE_TUNE"));
  }
}
