package org.modelterms.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.component;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Fixtures;

/**
 * Model and component pages take licences from a cache; it never outlives a write, here or
 * announced by another instance.
 */
@QuarkusTest
class LicenseCacheTest {

  @Inject AgroalDataSource dataSource;

  private static final String PAGE =
      """
      query($s: String!) {
        model(slug: $s) {
          license { name kind }
          licenses { name }
          components { licenses { name } }
          osaid { criteria { criterion met } }
        }
      }
      """;

  /** A model whose own licence and weights' licence is a new bespoke licence. */
  private static String modelUnder(String licence) {
    JsonPath registered =
        query(
            """
            mutation($input: LicenseRegisterInput!) {
              licenseRegister(input: $input) { userErrors { code } }
            }
            """,
            "input",
            Map.of("identifier", licence, "name", "Cache Licence 1", "kind", "PERMISSIVE"));
    assertThat(registered.getList("data.licenseRegister.userErrors")).isEmpty();
    String slug = "licence-cache-" + unique();
    JsonPath r =
        Fixtures.registerModel(
            Map.of(
                "slug",
                slug,
                "name",
                "Model " + slug,
                "provider",
                Fixtures.organization("licence-cache-" + unique()),
                "licenseExpression",
                licence,
                "components",
                List.of(component("FINAL_PARAMETERS", "AVAILABLE", licence)),
                "sources",
                List.of(Map.of("url", "https://example.org/" + slug))));
    assertThat(r.getList("data.modelRegister.userErrors")).isEmpty();
    return slug;
  }

  private static void assertLicenceName(String slug, String name) {
    JsonPath page = query(PAGE, "s", slug);
    assertThat(page.getString("data.model.license.name")).isEqualTo(name);
    assertThat(page.getList("data.model.licenses.name")).containsExactly(name);
    assertThat(page.getList("data.model.components[0].licenses.name")).containsExactly(name);
  }

  @Test
  void anUpdatedLicenceShowsInTheNextPage() {
    String licence = "LicenseRef-cache-" + unique();
    String slug = modelUnder(licence);
    assertLicenceName(slug, "Cache Licence 1");
    assertLicenceName(slug, "Cache Licence 1");
    assertThat(
            query(PAGE, "s", slug)
                .getBoolean("data.model.osaid.criteria.find { it.criterion == 'USE' }.met"))
        .isTrue();

    JsonPath updated =
        query(
            """
            mutation($input: LicenseUpdateInput!) {
              licenseUpdate(input: $input) { userErrors { code } }
            }
            """,
            "input",
            Map.of("license", licence, "name", "Cache Licence 2", "kind", "RESPONSIBLE_AI"));
    assertThat(updated.getList("data.licenseUpdate.userErrors")).isEmpty();
    assertLicenceName(slug, "Cache Licence 2");
    JsonPath page = query(PAGE, "s", slug);
    assertThat(page.getString("data.model.license.kind")).isEqualTo("RESPONSIBLE_AI");
    assertThat(page.getBoolean("data.model.osaid.criteria.find { it.criterion == 'USE' }.met"))
        .as("a licence that restricts use fails the OSAID's freedom to use")
        .isFalse();
  }

  @Test
  void aLicenceChangedByAnotherInstanceShowsOnceAnnounced() throws Exception {
    String licence = "LicenseRef-cache-" + unique();
    String slug = modelUnder(licence);
    assertLicenceName(slug, "Cache Licence 1");

    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("update license set name = 'Cache Licence 3' where key = '" + licence + "'");
      s.execute(
          "select pg_notify('modelterms_changes', '{\"origin\":\"another-instance\",\"kind\":\"FACTS\"}')");
    }
    String name = null;
    for (int i = 0; i < 50 && !"Cache Licence 3".equals(name); i++) {
      Thread.sleep(100);
      name = query(PAGE, "s", slug).getString("data.model.license.name");
    }
    assertThat(name).isEqualTo("Cache Licence 3");
    assertLicenceName(slug, "Cache Licence 3");
  }
}
