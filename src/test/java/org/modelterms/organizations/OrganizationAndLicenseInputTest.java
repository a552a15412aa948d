package org.modelterms.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Database;
import org.modelterms.testing.Fixtures;

/** Organisations, licences and sources refuse bad input with stable codes and write nothing. */
@QuarkusTest
class OrganizationAndLicenseInputTest {

  private static final String REGISTER_ORG =
      """
      mutation($input: OrganizationRegisterInput!) {
        organizationRegister(input: $input) { organization { slug } userErrors { field code } }
      }
      """;
  private static final String REGISTER_LICENSE =
      """
      mutation($input: LicenseRegisterInput!) {
        licenseRegister(input: $input) { license { identifier } userErrors { field code } }
      }
      """;

  @Inject AgroalDataSource dataSource;

  private List<String> codes(String mutation, String payload, Map<String, Object> input) {
    Map<String, Long> before = Database.rowCounts(dataSource);
    JsonPath r = query(mutation, "input", input);
    assertThat(Database.rowCounts(dataSource)).isEqualTo(before);
    return r.getList("data." + payload + ".userErrors.code");
  }

  @Test
  void organisationInput() {
    String slug = Fixtures.organization("org-" + unique());
    assertThat(codes(REGISTER_ORG, "organizationRegister", Map.of("slug", slug, "name", "Again")))
        .containsExactly("DUPLICATE");
    assertThat(
            codes(
                REGISTER_ORG,
                "organizationRegister",
                Map.of(
                    "slug", "x-" + unique(), "name", " ", "country", "usa", "website", "ftp://x")))
        .containsExactlyInAnyOrder("REQUIRED", "INVALID_FORMAT", "INVALID_FORMAT");
  }

  @Test
  void licenceInput() {
    String tag = "tag-" + unique();
    JsonPath ok =
        query(
            REGISTER_LICENSE,
            "input",
            Map.of(
                "identifier",
                "LicenseRef-ok-" + unique(),
                "name",
                "OK",
                "kind",
                "PROPRIETARY",
                "huggingFaceTags",
                List.of(tag)));
    assertThat(ok.getList("data.licenseRegister.userErrors")).isEmpty();
    assertThat(
            codes(
                REGISTER_LICENSE,
                "licenseRegister",
                Map.of("identifier", "My-Licence", "name", "x", "kind", "OTHER")))
        .containsExactly("INVALID_FORMAT");
    assertThat(
            codes(
                REGISTER_LICENSE,
                "licenseRegister",
                Map.of(
                    "identifier",
                    "LicenseRef-" + unique(),
                    "name",
                    "x",
                    "kind",
                    "OTHER",
                    "huggingFaceTags",
                    List.of(tag.toUpperCase()))))
        .containsExactly("DUPLICATE");
    JsonPath spdx =
        query(
            """
            mutation { licenseUpdate(input: { license: "MIT", name: "Renamed" }) { userErrors { code } } }
            """);
    assertThat(spdx.getList("data.licenseUpdate.userErrors.code"))
        .containsExactly("INVALID_FORMAT");
    assertThat(query("{ license(id: \"MIT\") { name } }").getString("data.license.name"))
        .isEqualTo("MIT License");
  }

  @Test
  void sourcesAttachToAnyObjectWithAnId() {
    String provider = Fixtures.organization("src-" + unique());
    String id =
        query("query($s: String!) { organization(slug: $s) { id } }", "s", provider)
            .getString("data.organization.id");
    JsonPath attached =
        query(
            """
            mutation($input: SourceAttachInput!) {
              sourceAttach(input: $input) { citation { field source { url confidence } } userErrors { code } }
            }
            """,
            "input",
            Map.of(
                "subject",
                id,
                "source",
                Map.of(
                    "url",
                    "https://press.example/x",
                    "confidence",
                    "SECONDARY",
                    "field",
                    "country")));
    assertThat(attached.getString("data.sourceAttach.citation.source.confidence"))
        .isEqualTo("SECONDARY");
    assertThat(
            codes(
                """
                mutation($input: SourceAttachInput!) {
                  sourceAttach(input: $input) { userErrors { code } }
                }
                """,
                "sourceAttach",
                Map.of(
                    "subject", "TW9kZWw6OTk5OTk5OQ", "source", Map.of("url", "https://x.example"))))
        .containsExactly("NOT_FOUND");
  }
}
