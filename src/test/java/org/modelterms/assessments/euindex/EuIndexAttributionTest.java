package org.modelterms.assessments.euindex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The attribution constants say what the data set itself asks for. */
class EuIndexAttributionTest {

  @Test
  void citationIsTheTemplatesOwn() {
    assertThat(EuIndexData.read("a_submission_template.yaml"))
        .contains(EuIndexAttribution.CITATION)
        .contains(EuIndexAttribution.INDEX_URL)
        .contains("CC-BY 4.0");
  }

  @Test
  void doiIsTheReadmesOwn() {
    assertThat(EuIndexData.read("readme.md")).contains("doi:[" + EuIndexAttribution.DOI + "]");
  }

  @Test
  void attributionTextCarriesEverythingTheLicenceAsksFor() {
    assertThat(EuIndexAttribution.ATTRIBUTION_TEXT)
        .contains("https://osai-index.eu/")
        .contains("Liesenfeld")
        .contains("Dingemanse")
        .contains("2024")
        .contains("doi:10.5281/zenodo.15386042")
        .contains("CC-BY-4.0")
        .contains("5a388e871b88");
  }

  @Test
  void sourceUrlPointsAtThePinnedCommit() {
    assertThat(EuIndexAttribution.sourceUrl("Arabic StableLM.yaml"))
        .isEqualTo(
            "https://github.com/Language-Technology-Assessment/main-database/blob/5a388e871b88/"
                + "Arabic%20StableLM.yaml");
  }
}
