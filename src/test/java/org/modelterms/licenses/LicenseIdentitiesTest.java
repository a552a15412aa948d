package org.modelterms.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Declared licence values as real bills of materials write them, recognised (or not) against the
 * bundled dataset's licences, by every path and in the documented order.
 */
@QuarkusTest
class LicenseIdentitiesTest {

  private static final String LLAMA_31 = "LicenseRef-Llama-3.1-Community-License";

  @Inject LicenseIdentities identities;
  @Inject SessionFactory sessionFactory;

  private LicenseIdentity only(String value) {
    return identities.identifyAll(List.of(value)).get(value);
  }

  private void assertMatch(String value, String identifier, LicenseMatchedBy path) {
    LicenseIdentity identity = only(value);
    assertThat(identity).as(value).isNotNull();
    assertThat(identity.identifier()).as(value).isEqualTo(identifier);
    assertThat(identity.matchedBy()).as(value).isEqualTo(path);
    assertThat(identity.matchedValue()).isEqualTo(value);
  }

  @Test
  void spdxIdsAndLicenseRefsMatchIgnoringCase() {
    assertMatch("Apache-2.0", "Apache-2.0", LicenseMatchedBy.SPDX_ID);
    assertMatch("MIT", "MIT", LicenseMatchedBy.SPDX_ID);
    assertMatch("mit", "MIT", LicenseMatchedBy.SPDX_ID);
    assertMatch("licenseref-llama-3.1-community-license", LLAMA_31, LicenseMatchedBy.SPDX_ID);
    assertThat(only("Apache-2.0").name()).isEqualTo("Apache License 2.0");
  }

  @Test
  void huggingFaceIdsMatch() {
    assertMatch("llama3.1", LLAMA_31, LicenseMatchedBy.HUGGING_FACE_ID);
    assertMatch("LLAMA3.1", LLAMA_31, LicenseMatchedBy.HUGGING_FACE_ID);
    assertMatch("gemma", "LicenseRef-Gemma-Terms-of-Use", LicenseMatchedBy.HUGGING_FACE_ID);
  }

  @Test
  void scancodeKeysMatchWithAndWithoutTheirLicenseRefPrefix() {
    assertMatch(
        "LicenseRef-scancode-llama-3.1-license-2024", LLAMA_31, LicenseMatchedBy.SCANCODE_KEY);
    assertMatch("llama-3.1-license-2024", LLAMA_31, LicenseMatchedBy.SCANCODE_KEY);
    // Two texts of the Gemma Terms of Use, one licence.
    assertMatch(
        "LicenseRef-scancode-gemma-tou-2025-03-24",
        "LicenseRef-Gemma-Terms-of-Use",
        LicenseMatchedBy.SCANCODE_KEY);
    assertMatch("bsd-new", "BSD-3-Clause", LicenseMatchedBy.SCANCODE_KEY);
  }

  @Test
  void namesMatchOnceNormalised() {
    assertMatch("Apache License 2.0", "Apache-2.0", LicenseMatchedBy.NAME);
    assertMatch("MIT License", "MIT", LicenseMatchedBy.NAME);
    assertMatch("the llama 3.1 community licence", LLAMA_31, LicenseMatchedBy.NAME);
    assertMatch(
        "DeepSeek License Agreement v1.0",
        "LicenseRef-DeepSeek-License-1.0",
        LicenseMatchedBy.NAME);
  }

  @Test
  void urlsOfTheLicenceOrItsTextMatchWhateverTheRevisionOrView() {
    assertMatch(
        "https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/LICENSE",
        LLAMA_31,
        LicenseMatchedBy.URL);
    assertMatch(
        "https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/LICENSE",
        LLAMA_31,
        LicenseMatchedBy.URL);
    // The dataset cites the licence at a commit; a document links the branch.
    assertMatch(
        "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE",
        LLAMA_31,
        LicenseMatchedBy.URL);
    assertMatch(
        "https://raw.githubusercontent.com/meta-llama/llama-models/refs/heads/main/models/llama3_1/LICENSE",
        LLAMA_31,
        LicenseMatchedBy.URL);
    assertMatch("https://spdx.org/licenses/MIT", "MIT", LicenseMatchedBy.URL);
    assertMatch("https://spdx.org/licenses/Apache-2.0.html", "Apache-2.0", LicenseMatchedBy.URL);
    assertMatch("http://apache.org/licenses/LICENSE-2.0/", "Apache-2.0", LicenseMatchedBy.URL);
  }

  @Test
  void anSpdxIdComesBeforeAScancodeKeyOfTheSameSpelling() {
    // "gpl-3.0" is the deprecated SPDX id GPL-3.0 and ScanCode's key of GPL-3.0-only.
    assertMatch("gpl-3.0", "GPL-3.0", LicenseMatchedBy.SPDX_ID);
    assertMatch("LicenseRef-scancode-gpl-3.0", "GPL-3.0-only", LicenseMatchedBy.SCANCODE_KEY);
  }

  @Test
  void placeholdersAndUnknownLicencesMatchNothing() {
    List<String> values =
        List.of(
            "other",
            "unknown",
            "NOASSERTION",
            "GNU Free Documentation License family",
            "tencent-hunyuanworld-voyager-community",
            "https://huggingface.co/tencent/HunyuanWorld-Voyager/resolve/main/LICENSE",
            "https://example.org/LICENSE",
            "the agreement",
            "",
            "   ");
    assertThat(identities.identifyAll(values)).isEmpty();
  }

  @Test
  void oneStatementWhateverTheNumberOfValues() {
    assertThat(statementsFor(valuesOf(4))).isEqualTo(1);
    assertThat(statementsFor(valuesOf(400))).isEqualTo(1);
    assertThat(identities.identifyAll(valuesOf(400))).hasSizeGreaterThanOrEqualTo(4);
  }

  private static List<String> valuesOf(int count) {
    List<String> real =
        List.of(
            "llama3.1",
            "LicenseRef-scancode-llama-3.1-license-2024",
            "https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/LICENSE",
            "MIT License");
    List<String> values = new ArrayList<>(real);
    for (int i = values.size(); i < count; i++) {
      values.add("https://example.org/licence-" + i);
    }
    return values;
  }

  private long statementsFor(List<String> values) {
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();
    identities.identifyAll(values);
    return statistics.getPrepareStatementCount();
  }
}
