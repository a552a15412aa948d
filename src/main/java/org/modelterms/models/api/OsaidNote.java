package org.modelterms.models.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("OsaidNote")
@Description(
    "Why the registry's OSAID verdict for the model differs from a published assessment (the"
        + " OSI's 2024 validation): new facts, later licence changes, facts that could not be"
        + " confirmed. Held by the registry with its sources; not part of the verdict.")
public record OsaidNote(@Ignore long modelKey, @NonNull String text) {

  @Override
  public int hashCode() {
    return Long.hashCode(modelKey);
  }
}
