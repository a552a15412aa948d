package org.modelterms.assessments.euindex;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the index's licence asks of anyone who shows its ratings, and which version of the data they
 * come from. CC-BY-4.0 requires attribution "in the form of a link to https://osai-index.eu/ and a
 * citation to the peer-reviewed paper" (the submission template's words) and the readme asks for
 * the data set's DOI; the registry shows both beside every rating, with the version, because
 * ratings follow the latest model of a family and change between versions.
 */
public final class EuIndexAttribution {

  public static final String NAME = "European Open Source AI Index";

  public static final String LICENSE_SPDX_ID = "CC-BY-4.0";

  public static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";

  public static final String INDEX_URL = "https://osai-index.eu/";

  /** The peer-reviewed paper, cited as the submission template gives it. */
  public static final String CITATION =
      "Liesenfeld, A. and Dingemanse, M., 2024. Rethinking open source generative AI:"
          + " open-washing and the EU AI Act. In Proceedings of the 2024 ACM Conference on"
          + " Fairness, Accountability, and Transparency (pp. 1774-1787).";

  /** The data set's DOI on Zenodo, as the readme gives it. */
  public static final String DOI = "10.5281/zenodo.15386042";

  public static final String DOI_URL = "https://doi.org/" + DOI;

  public static final String UPSTREAM_REPOSITORY =
      "https://github.com/Language-Technology-Assessment/main-database";

  /** The upstream commit of the snapshot bundled in {@code third-party/eu-osai-index}. */
  public static final String VERSION = "5a388e871b88";

  /** One line to show beside a rating. */
  public static final String ATTRIBUTION_TEXT =
      NAME
          + " ("
          + INDEX_URL
          + "), data version "
          + VERSION
          + ", "
          + LICENSE_SPDX_ID
          + ". Cite: "
          + CITATION
          + " Data: doi:"
          + DOI
          + ".";

  private EuIndexAttribution() {}

  /** Where a model file can be read upstream, at the pinned version (files sit at the root). */
  public static String sourceUrl(String fileName) {
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return UPSTREAM_REPOSITORY + "/blob/" + VERSION + "/" + encoded;
  }
}
