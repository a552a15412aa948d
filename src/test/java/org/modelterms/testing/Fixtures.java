package org.modelterms.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates test data through the public API, each call with fresh unique slugs. */
public final class Fixtures {

  private Fixtures() {}

  /** A short unique suffix for slugs, so tests never depend on each other's data. */
  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  public static String organization(String slug) {
    JsonPath r =
        query(
            """
            mutation($input: OrganizationRegisterInput!) {
              organizationRegister(input: $input) { organization { slug } userErrors { code message } }
            }
            """,
            "input",
            Map.of("slug", slug, "name", "Org " + slug, "country", "US"));
    assertThat(r.getList("data.organizationRegister.userErrors")).isEmpty();
    return slug;
  }

  /** Registers a model; returns the payload's {@code model} and {@code userErrors}. */
  public static JsonPath registerModel(Map<String, Object> input) {
    return query(
        """
        mutation($input: ModelRegisterInput!) {
          modelRegister(input: $input) {
            model { id slug name huggingFaceId revision }
            userErrors { field message code }
          }
        }
        """,
        "input",
        input);
  }

  /** Registers a model with open weights and code under Apache-2.0; returns its slug. */
  public static String openModel(String provider, String slug) {
    JsonPath r =
        registerModel(
            Map.of(
                "slug",
                slug,
                "name",
                "Model " + slug,
                "huggingFaceId",
                "test-org/" + slug,
                "provider",
                provider,
                "releasedOn",
                "2024-01-15",
                "licenseExpression",
                "Apache-2.0",
                "components",
                List.of(
                    component("FINAL_PARAMETERS", "AVAILABLE", "Apache-2.0"),
                    component("TRAINING_CODE", "AVAILABLE", "MIT"),
                    component("DATASETS", "NOT_AVAILABLE", null)),
                "sources",
                List.of(Map.of("url", "https://example.org/" + slug, "title", "Model card"))));
    assertThat(r.getList("data.modelRegister.userErrors")).isEmpty();
    return slug;
  }

  public static Map<String, Object> component(String kind, String availability, String license) {
    return license == null
        ? Map.of("kind", kind, "availability", availability)
        : Map.of("kind", kind, "availability", availability, "licenseExpression", license);
  }
}
