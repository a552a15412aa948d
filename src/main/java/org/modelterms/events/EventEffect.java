package org.modelterms.events;

import org.eclipse.microprofile.graphql.Description;

@Description("What an event did to permitted use.")
public enum EventEffect {
  @Description(
      "Changed who may use a model for what without changing a licence text (a statement).")
  AMENDS_TERMS,
  @Description("A new text of a policy.")
  TEXT_CHANGE,
  @Description("A report or announcement that changed no terms.")
  REPORT,
  @Description("A contract or procurement arrangement under existing terms.")
  CONTRACT
}
