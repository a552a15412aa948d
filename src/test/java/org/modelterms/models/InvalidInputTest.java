package org.modelterms.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.Fixtures.component;
import static org.modelterms.testing.Fixtures.unique;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modelterms.testing.Database;
import org.modelterms.testing.Fixtures;

/** Invalid input gets a user error with a stable code and writes nothing. */
@QuarkusTest
class InvalidInputTest {

  @Inject AgroalDataSource dataSource;

  private String provider;
  private String existing;

  @BeforeEach
  void seed() {
    String suffix = unique();
    provider = Fixtures.organization("inv-" + suffix);
    existing = Fixtures.openModel(provider, "existing-" + suffix);
  }

  private Map<String, Object> valid() {
    Map<String, Object> input = new HashMap<>();
    input.put("slug", "new-" + unique());
    input.put("name", "New model");
    input.put("provider", provider);
    input.put("releasedOn", "2024-05-01");
    input.put("components", List.of(component("FINAL_PARAMETERS", "AVAILABLE", "Apache-2.0")));
    input.put("sources", List.of(Map.of("url", "https://example.org/new")));
    return input;
  }

  /** Registers {@code valid()} changed by {@code change}; expects one refusal and no write. */
  private void refused(Consumer<Map<String, Object>> change, String code, String... field) {
    Map<String, Object> input = valid();
    change.accept(input);
    Map<String, Long> before = Database.rowCounts(dataSource);
    JsonPath r = Fixtures.registerModel(input);
    assertThat(r.getString("data.modelRegister.model")).isNull();
    List<Map<String, Object>> errors = r.getList("data.modelRegister.userErrors");
    assertThat(errors).extracting(e -> e.get("code")).contains(code);
    assertThat(errors).extracting(e -> e.get("field")).contains(List.of(field));
    assertThat(errors).allSatisfy(e -> assertThat((String) e.get("message")).isNotBlank());
    assertThat(Database.rowCounts(dataSource)).isEqualTo(before);
  }

  @Test
  void validInputIsAccepted() {
    JsonPath r = Fixtures.registerModel(valid());
    assertThat(r.getList("data.modelRegister.userErrors")).isEmpty();
  }

  @Test
  void unknownLicenceId() {
    refused(
        i -> i.put("licenseExpression", "Apache-2.0 OR Not-A-Licence"),
        "UNKNOWN_LICENSE",
        "input",
        "licenseExpression");
  }

  @Test
  void unknownLicenceInAComponent() {
    refused(
        i ->
            i.put(
                "components",
                List.of(component("FINAL_PARAMETERS", "AVAILABLE", "LicenseRef-nobody"))),
        "UNKNOWN_LICENSE",
        "input",
        "components",
        "0",
        "licenseExpression");
  }

  @Test
  void malformedExpressions() {
    for (String bad :
        List.of("Apache-2.0 AND", "(MIT", "MIT and Apache-2.0", "MIT WITH", "A B", "M!T")) {
      refused(
          i -> i.put("licenseExpression", bad),
          "INVALID_LICENSE_EXPRESSION",
          "input",
          "licenseExpression");
    }
  }

  @Test
  void duplicateSlug() {
    refused(i -> i.put("slug", existing), "DUPLICATE", "input", "slug");
  }

  @Test
  void duplicateHuggingFaceIdIgnoringCase() {
    refused(
        i -> i.put("huggingFaceId", ("test-org/" + existing).toUpperCase()),
        "DUPLICATE",
        "input",
        "huggingFaceId");
  }

  @Test
  void unknownProvider() {
    refused(i -> i.put("provider", "no-such-org-" + unique()), "NOT_FOUND", "input", "provider");
  }

  @Test
  void derivedModelReleasedBeforeItsBase() {
    refused(
        i -> {
          i.put("baseModel", existing);
          i.put("baseRelation", "FINE_TUNE");
          i.put("releasedOn", "2023-01-01");
        },
        "DATE_ORDER",
        "input",
        "releasedOn");
  }

  @Test
  void sourceRetrievedBeforePublished() {
    refused(
        i ->
            i.put(
                "sources",
                List.of(
                    Map.of(
                        "url", "https://example.org/x",
                        "publishedOn", "2024-05-02",
                        "retrievedOn", "2024-05-01"))),
        "DATE_ORDER",
        "input",
        "sources",
        "0",
        "retrievedOn");
  }

  @Test
  void emptyName() {
    refused(i -> i.put("name", "   "), "REQUIRED", "input", "name");
  }

  @Test
  void malformedSlugAndHuggingFaceId() {
    refused(i -> i.put("slug", "Not A Slug"), "INVALID_FORMAT", "input", "slug");
    refused(i -> i.put("huggingFaceId", "no-slash"), "INVALID_FORMAT", "input", "huggingFaceId");
  }

  @Test
  void baseModelWithoutRelation() {
    refused(i -> i.put("baseModel", existing), "REQUIRED", "input", "baseRelation");
  }

  @Test
  void sameComponentTwice() {
    refused(
        i ->
            i.put(
                "components",
                List.of(
                    component("FINAL_PARAMETERS", "AVAILABLE", "MIT"),
                    component("FINAL_PARAMETERS", "PARTIAL", "MIT"))),
        "DUPLICATE",
        "input",
        "components",
        "1",
        "kind");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, Object> input = valid();
    input.put("name", "");
    input.put("provider", "nobody-" + unique());
    input.put("licenseExpression", "Nope-1.0");
    JsonPath r = Fixtures.registerModel(input);
    assertThat(r.getList("data.modelRegister.userErrors.code"))
        .containsExactlyInAnyOrder("REQUIRED", "NOT_FOUND", "UNKNOWN_LICENSE");
  }
}
