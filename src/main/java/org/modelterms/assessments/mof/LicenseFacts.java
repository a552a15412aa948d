package org.modelterms.assessments.mof;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.modelterms.openness.ContentType;

/**
 * What the MOT knows about one licence id.
 *
 * @param osiApproved flagged {@code isOsiApproved} in the (merged) licence list
 * @param fsfLibre flagged {@code isFsfLibre} in the (merged) licence list
 * @param openData one of the MOT's open-data licences (or OpenMDW), open regardless of the flags
 * @param contentTypes the content types the MOT's licence table assigns (empty if none)
 */
public record LicenseFacts(
    boolean osiApproved, boolean fsfLibre, boolean openData, Set<ContentType> contentTypes) {

  public LicenseFacts {
    // An EnumSet keeps code, data, document in a stable order for display.
    contentTypes =
        contentTypes.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(contentTypes));
  }

  /** Open as the MOT counts it: OSI-approved, FSF-libre or open data. */
  public boolean isOpen() {
    return osiApproved || fsfLibre || openData;
  }
}
