package org.modelterms.licenses;

import org.eclipse.microprofile.graphql.Description;

/** How a declared licence value was recognised, in the order the paths are tried. */
@Description("How a declared licence value was recognised as a registry licence.")
public enum LicenseMatchedBy {
  @Description("Its SPDX id or LicenseRef id, ignoring case.")
  SPDX_ID,
  @Description("A Hugging Face licence id (\"llama3.1\").")
  HUGGING_FACE_ID,
  @Description("A ScanCode LicenseDB key, with or without \"LicenseRef-scancode-\".")
  SCANCODE_KEY,
  @Description("The licence's name, ignoring case, punctuation and words such as \"the\".")
  NAME,
  @Description("The URL of the licence or of a copy of its text.")
  URL
}
