package org.modelterms.assessments.mof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.modelterms.openness.ContentType;

class MotLicenseTablesTest {

  private static MotLicensePolicy policy;

  @BeforeAll
  static void load() {
    policy = MotData.policy();
  }

  @Test
  void osiOrFsfFlaggedLicencesAreOpen() {
    assertThat(policy.isOpen("Apache-2.0")).isTrue();
    assertThat(policy.isOpen("MIT")).isTrue();
    // FSF-libre but not OSI-approved.
    assertThat(policy.isOpen("Apache-1.0")).isTrue();
    assertThat(policy.isOpen("CC-BY-NC-4.0")).isFalse();
  }

  @Test
  void openDataLicencesAndOpenMdwAreOpen() {
    assertThat(MotLicenseTables.OPEN_DATA_LICENSES).hasSize(31).doesNotHaveDuplicates();
    for (String id : MotLicenseTables.OPEN_DATA_LICENSES) {
      assertThat(policy.isOpen(id)).as(id).isTrue();
    }
    assertThat(policy.isOpen("OpenMDW-1.0")).isTrue();
    // A Creative Commons licence neither on the MOT's list nor flagged in the SPDX list.
    assertThat(policy.isOpen("CC-BY-ND-4.0")).isFalse();
  }

  @Test
  void matchesExactlyAndCaseSensitively() {
    assertThat(policy.isOpen("apache-2.0")).isFalse();
    assertThat(policy.isOpen("Apache 2.0")).isFalse();
    assertThat(policy.isOpen(" Apache-2.0")).isFalse();
    assertThat(policy.isOpen("MIT OR Apache-2.0")).isFalse();
    assertThat(policy.isOpen("unlicensed")).isFalse();
    assertThat(policy.isOpen("")).isFalse();
    assertThat(policy.isOpen(null)).isFalse();
  }

  @Test
  void contentTypesComeFromTheMotTable() {
    assertThat(policy.contentTypes("MIT")).containsExactly(ContentType.CODE);
    assertThat(policy.contentTypes("Apache-2.0"))
        .containsExactly(ContentType.CODE, ContentType.DOCUMENT);
    // Listed twice in mof-licenses.json, once per type.
    assertThat(policy.contentTypes("CC0-1.0"))
        .containsExactly(ContentType.DATA, ContentType.DOCUMENT);
    assertThat(policy.contentTypes("OpenMDW-1.0")).containsExactly(ContentType.values());
    // Open, but the MOT assigns it no type.
    assertThat(policy.contentTypes("GPL-3.0-only")).isEmpty();
    assertThat(policy.contentTypes("no such licence")).isEmpty();
  }

  @Test
  void buildsFromInMemoryFacts() {
    MotLicensePolicy inMemory =
        new MotLicensePolicy(
            Map.of(
                "Example-1.0",
                new LicenseFacts(true, false, false, Set.of(ContentType.CODE)),
                "Closed-1.0",
                new LicenseFacts(false, false, false, Set.of())));

    assertThat(inMemory.isOpen("Example-1.0")).isTrue();
    assertThat(inMemory.isOpen("Closed-1.0")).isFalse();
    assertThat(inMemory.contentTypes("Example-1.0")).containsExactly(ContentType.CODE);
  }
}
