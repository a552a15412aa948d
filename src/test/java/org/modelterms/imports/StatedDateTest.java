package org.modelterms.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatedDateTest {

  @Test
  void findsTheDatesPoliciesState() {
    StatedDate glued = StatedDate.find("Usage policies\n\nUpdatedJanuary 10, 2024\n").orElseThrow();
    assertThat(glued.date()).isEqualTo(LocalDate.of(2024, 1, 10));
    assertThat(glued.words()).isEqualTo("Updated January 10, 2024");
    assertThat(StatedDate.find("Effective: October 29, 2025").orElseThrow().date())
        .isEqualTo(LocalDate.of(2025, 10, 29));
    assertThat(StatedDate.find("Last modified: 14 March 2023").orElseThrow().date())
        .isEqualTo(LocalDate.of(2023, 3, 14));
    assertThat(StatedDate.find("**Last updated: July 8th, 2025**").orElseThrow().date())
        .isEqualTo(LocalDate.of(2025, 7, 8));
    assertThat(StatedDate.find("> Last Update: January 20, 2025").orElseThrow().words())
        .isEqualTo("Last Update: January 20, 2025");
    assertThat(StatedDate.find("No date here, updated recently.")).isEmpty();
  }

  @Test
  void formattingAloneIsNoChange() {
    assertThat(OtaImporter.normalise("* **Military** and [warfare](https://x)\n\n=====\n"))
        .isEqualTo(OtaImporter.normalise("Military and warfare"));
  }
}
