package org.modelterms.models.api;

import org.eclipse.microprofile.graphql.Description;

@Description("What a list of models is sorted by; ties are broken by creation order.")
public enum ModelOrderField {
  SLUG,
  @Description("Name, ignoring case.")
  NAME,
  @Description("Release date; models without one sort as the oldest.")
  RELEASED_ON
}
