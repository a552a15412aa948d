package org.modelterms.licenses;

import java.util.ArrayList;
import java.util.List;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.ModelCopyManager;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.license.AnyLicenseInfo;
import org.spdx.library.model.v2.license.ConjunctiveLicenseSet;
import org.spdx.library.model.v2.license.DisjunctiveLicenseSet;
import org.spdx.library.model.v2.license.ExternalExtractedLicenseInfo;
import org.spdx.library.model.v2.license.OrLaterOperator;
import org.spdx.library.model.v2.license.SimpleLicensingInfo;
import org.spdx.library.model.v2.license.SpdxNoAssertionLicense;
import org.spdx.library.model.v2.license.SpdxNoneLicense;
import org.spdx.library.model.v2.license.WithExceptionOperator;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.utility.license.LicenseExpressionParser;

/**
 * The expression parser of {@code java-spdx-library} (its SPDX 2 model, which keeps {@code
 * DocumentRef-…:LicenseRef-…} without a namespace map), with its result translated into our {@link
 * SpdxExpression} so the two parsers can be compared.
 */
final class SpdxLibraryParser {

  /** The library fetches the newest list from spdx.org unless told to use the one in its jar. */
  static final String OFFLINE = "org.spdx.useJARLicenseInfoOnly";

  private static final String DOCUMENT = "https://modelterms.test/comparison";

  static {
    System.setProperty(OFFLINE, "true");
    SpdxModelFactory.init();
  }

  private SpdxLibraryParser() {}

  /**
   * Parses with the library, or throws {@link IllegalArgumentException} with its message. Each
   * parse gets a store of its own: the parser adds every licence it meets to the store it is given.
   */
  static SpdxExpression parse(String text) {
    try {
      return translate(
          LicenseExpressionParser.parseLicenseExpressionCompatV2(
              text, new InMemSpdxStore(), DOCUMENT, new ModelCopyManager()));
    } catch (InvalidSPDXAnalysisException | RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static SpdxExpression translate(AnyLicenseInfo info) throws InvalidSPDXAnalysisException {
    if (info instanceof SpdxNoneLicense) {
      return new SpdxExpression.Id("NONE", false);
    }
    if (info instanceof SpdxNoAssertionLicense) {
      return new SpdxExpression.Id("NOASSERTION", false);
    }
    if (info instanceof ExternalExtractedLicenseInfo external) {
      return new SpdxExpression.Id(
          external.getExternalDocumentId() + ":" + external.getExternalLicenseRef(), false);
    }
    if (info instanceof SimpleLicensingInfo simple) {
      return new SpdxExpression.Id(simple.getLicenseId(), false);
    }
    if (info instanceof OrLaterOperator orLater) {
      return new SpdxExpression.Id(orLater.getLicense().getLicenseId(), true);
    }
    if (info instanceof WithExceptionOperator with) {
      SpdxExpression license = translate(with.getLicense());
      if (!(license instanceof SpdxExpression.Id id)) {
        throw new IllegalStateException("WITH on " + license);
      }
      return new SpdxExpression.With(id, with.getException().getLicenseExceptionId());
    }
    if (info instanceof ConjunctiveLicenseSet and) {
      return new SpdxExpression.And(members(and.getMembers()));
    }
    if (info instanceof DisjunctiveLicenseSet or) {
      return new SpdxExpression.Or(members(or.getMembers()));
    }
    throw new IllegalStateException("Unexpected " + info.getClass().getName());
  }

  private static List<SpdxExpression> members(Iterable<AnyLicenseInfo> members)
      throws InvalidSPDXAnalysisException {
    List<SpdxExpression> terms = new ArrayList<>();
    for (AnyLicenseInfo member : members) {
      terms.add(translate(member));
    }
    return terms;
  }
}
