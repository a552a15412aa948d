package org.modelterms.boms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The two disagreements the issue names, on a CycloneDX document written for them and checked over
 * HTTP: Llama 3.2 3B declared Apache-2.0, and a Llama 3.1 fine-tune declaring MIT.
 */
@QuarkusTest
class BomFlagsDocumentTest {

  private static JsonPath check() throws IOException {
    return query(
            """
            query($doc: String!) {
              bomCheck(document: $doc, uses: [MILITARY, COMMERCIAL], on: "2025-06-01") {
                components {
                  ref
                  resolution { path model { slug } baseModel { slug } }
                  flags { code message documentSays registrySays uses
                          registrySources { source { url } } }
                  verdicts { use verdict }
                }
              }
            }
            """,
            "doc",
            Files.readString(Path.of("src/test/resources/boms/ours/flags.cdx.json")))
        .setRootPath("data.bomCheck.components");
  }

  @Test
  void aRegistryModelDeclaredUnderAnotherLicenceIsAMismatchNamingBothSources() throws IOException {
    JsonPath c = check();
    assertThat(c.getString("[0].resolution.path")).isEqualTo("MODEL");
    assertThat(c.getString("[0].resolution.model.slug")).isEqualTo("llama-3.2-3b");
    // Apache-2.0 is also looser than what Llama 3.1 8B, its registry base, passes down.
    assertThat(c.getList("[0].flags.code"))
        .containsExactlyInAnyOrder("LICENSE_MISMATCH", "LOOSER_THAN_BASE");
    String mismatch = "[0].flags[" + c.getList("[0].flags.code").indexOf("LICENSE_MISMATCH") + "]";
    assertThat(c.getString(mismatch + ".documentSays"))
        .isEqualTo("Component model/llama-3.2-3b declares Apache-2.0.");
    assertThat(c.getString(mismatch + ".registrySays"))
        .contains("llama-3.2-3b")
        .contains("LicenseRef-Llama-3.2-Community-License");
    assertThat(c.getList(mismatch + ".registrySources.source.url", String.class))
        .isNotEmpty()
        .allSatisfy(url -> assertThat(url).startsWith("https://"));
    // The registry's terms decide, not the declared Apache-2.0.
    assertThat(c.getList("[0].verdicts.verdict")).containsExactly("CONDITIONAL", "CONDITIONAL");
  }

  @Test
  void aLlamaFineTuneDeclaringMitIsLooserThanItsBase() throws IOException {
    JsonPath c = check();
    assertThat(c.getString("[1].resolution.path")).isEqualTo("BASE_MODEL");
    assertThat(c.getString("[1].resolution.baseModel.slug")).isEqualTo("llama-3.1-8b");
    assertThat(c.getList("[1].flags.code")).contains("LOOSER_THAN_BASE", "LICENSE_MISMATCH");
    int looser = c.getList("[1].flags.code").indexOf("LOOSER_THAN_BASE");
    assertThat(c.getList("[1].flags[" + looser + "].uses")).contains("MILITARY");
    assertThat(c.getString("[1].flags[" + looser + "].documentSays")).contains("MIT");
    assertThat(c.getString("[1].flags[" + looser + "].registrySays"))
        .contains("meta-llama/Llama-3.1-8B");
    // MIT would permit MILITARY use; the base model's terms decide, which make it conditional
    // (Meta's statement on government defence use, in force on the date).
    assertThat(c.getList("[1].verdicts.verdict").get(0)).isEqualTo("CONDITIONAL");
    // Declaring the base model's own licence is neither looser nor a mismatch.
    assertThat(c.getString("[2].resolution.path")).isEqualTo("BASE_MODEL");
    assertThat(c.getList("[2].flags")).isEmpty();
  }
}
