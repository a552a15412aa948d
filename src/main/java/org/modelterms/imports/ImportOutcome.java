package org.modelterms.imports;

import org.eclipse.microprofile.graphql.Description;

@Description("What an import did with one file.")
public enum ImportOutcome {
  @Description("A new model was registered.")
  CREATED,
  @Description("An existing model was changed to match the file.")
  UPDATED,
  @Description("The registry already held exactly what the file says; nothing was written.")
  UNCHANGED,
  @Description("No registry model matches the file's entry; nothing was written.")
  UNMATCHED
}
