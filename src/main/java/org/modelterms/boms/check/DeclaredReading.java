package org.modelterms.boms.check;

import java.util.List;
import org.modelterms.boms.read.DeclaredLicense;
import org.modelterms.boms.read.DeclaredLicenseForm;
import org.modelterms.licenses.api.License;

/**
 * A declared licence as the registry reads it.
 *
 * @param licenses the registry licences it names, one per licence id of an expression
 * @param identified whether the registry knows every licence it names
 * @param choice whether it is an expression offering a choice ({@code OR})
 */
record DeclaredReading(
    DeclaredLicense declared, List<License> licenses, boolean identified, boolean choice) {

  /** A Hugging Face card's {@code other}: the licence is the {@code license_name} beside it. */
  boolean pointsToItsName() {
    return declared.form() == DeclaredLicenseForm.HUGGING_FACE_ID
        && "other".equalsIgnoreCase(declared.value().strip());
  }
}
