package org.modelterms.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.modelterms.testing.Fixtures.unique;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.history.ChangeAuthor;
import org.modelterms.shared.errors.UserErrorsException;
import org.modelterms.sources.api.SourceInput;

/**
 * {@code license(id:)} by every name a licence goes by, and what the License type tells of them.
 */
@QuarkusTest
class LicenseNamesTest {

  private static final String LICENSE =
      """
      query($id: String!) {
        license(id: $id) {
          identifier huggingFaceTags scancodeKeys scancodeCategory textUrls
          sources { field source { url } }
        }
      }
      """;

  @Inject LicenseNamesEditor editor;

  @Test
  void everyNameOfTheLlama31LicenceFindsIt() {
    for (String id :
        List.of(
            "LicenseRef-Llama-3.1-Community-License",
            "licenseref-llama-3.1-community-license",
            "llama3.1",
            "llama-3.1-license-2024",
            "LicenseRef-scancode-llama-3.1-license-2024",
            "LICENSEREF-SCANCODE-LLAMA-3.1-LICENSE-2024")) {
      JsonPath r = query(LICENSE, "id", id);
      assertThat(r.getString("data.license.identifier"))
          .as(id)
          .isEqualTo("LicenseRef-Llama-3.1-Community-License");
    }
    JsonPath r = query(LICENSE, "id", "llama3.1");
    assertThat(r.getList("data.license.scancodeKeys", String.class))
        .containsExactly("llama-3.1-license-2024");
    assertThat(r.getString("data.license.scancodeCategory")).isEqualTo("PROPRIETARY_FREE");
    assertThat(r.getList("data.license.textUrls", String.class))
        .contains("https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/LICENSE");
    assertThat(r.getList("data.license.huggingFaceTags", String.class)).containsExactly("llama3.1");
    // The names carry their source: LicenseDB's entry at a commit.
    assertThat(r.getList("data.license.sources.findAll { it.field == 'names' }.source.url"))
        .contains(
            "https://github.com/aboutcode-org/scancode-licensedb/blob/053a651f5e0182bec226b90c4ad47a709da8687b/docs/llama-3.1-license-2024.yml");
  }

  @Test
  void aLicenceScancodeDoesNotListHasNoKeyAndNoCategory() {
    JsonPath r = query(LICENSE, "id", "LicenseRef-Mistral-MNPL-0.1");
    assertThat(r.getList("data.license.scancodeKeys")).isEmpty();
    assertThat(r.getString("data.license.scancodeCategory")).isNull();
    assertThat(query(LICENSE, "id", "LicenseRef-scancode-unknown-key").getString("data.license"))
        .isNull();
  }

  @Test
  void changingHuggingFaceTagsKeepsTheOtherNames() {
    String id = "LicenseRef-Names-" + unique();
    JsonPath registered =
        query(
            """
            mutation($input: LicenseRegisterInput!) {
              licenseRegister(input: $input) { userErrors { code } }
            }
            """,
            "input",
            Map.of(
                "identifier",
                id,
                "name",
                "Names Licence " + id,
                "kind",
                "OTHER",
                "huggingFaceTags",
                List.of("names-" + unique())));
    assertThat(registered.getList("data.licenseRegister.userErrors")).isEmpty();
    String key = "names-test-" + unique();
    ChangeAuthor.as(
        "test-editor",
        () ->
            editor.name(
                new LicenseNames(
                    id,
                    List.of("LicenseRef-scancode-" + key),
                    ScancodeCategory.FREE_RESTRICTED,
                    List.of("https://example.org/" + key + "/LICENSE"),
                    List.of(source("https://example.org/licensedb/" + key)))));
    JsonPath updated =
        query(
            """
            mutation($input: LicenseUpdateInput!) {
              licenseUpdate(input: $input) {
                license { huggingFaceTags scancodeKeys scancodeCategory textUrls }
                userErrors { code }
              }
            }
            """,
            "input",
            Map.of("license", key, "huggingFaceTags", List.of("names-other-" + unique())));
    assertThat(updated.getList("data.licenseUpdate.userErrors")).isEmpty();
    assertThat(updated.getList("data.licenseUpdate.license.scancodeKeys", String.class))
        .containsExactly(key);
    assertThat(updated.getString("data.licenseUpdate.license.scancodeCategory"))
        .isEqualTo("FREE_RESTRICTED");
    assertThat(updated.getList("data.licenseUpdate.license.textUrls", String.class))
        .containsExactly("https://example.org/" + key + "/LICENSE");
  }

  @Test
  void aCategoryWithoutAKeyAndAKeyOfAnotherLicenceAreRefused() {
    assertThatThrownBy(
            () ->
                ChangeAuthor.as(
                    "test-editor",
                    () ->
                        editor.name(
                            new LicenseNames(
                                "MIT", List.of(), ScancodeCategory.PERMISSIVE, null, List.of()))))
        .isInstanceOf(UserErrorsException.class);
    assertThatThrownBy(
            () ->
                ChangeAuthor.as(
                    "test-editor",
                    () ->
                        editor.name(
                            new LicenseNames(
                                "MIT",
                                List.of("apache-2.0"),
                                ScancodeCategory.PERMISSIVE,
                                null,
                                List.of()))))
        .isInstanceOf(UserErrorsException.class);
    JsonPath mit = query(LICENSE, "id", "MIT");
    assertThat(mit.getList("data.license.scancodeKeys", String.class)).containsExactly("mit");
  }

  private static SourceInput source(String url) {
    return new SourceInput(url, "LicenseDB entry", "AboutCode", null, null, null, null, null);
  }
}
