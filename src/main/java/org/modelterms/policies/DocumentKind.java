package org.modelterms.policies;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of text a policy document is.")
public enum DocumentKind {
  @Description("A licence agreement.")
  LICENSE,
  @Description("An acceptable-use or usage policy.")
  USE_POLICY,
  @Description("Terms of service or commercial terms.")
  TERMS,
  @Description(
      "A public statement that changes who may use a model for what, without changing a text.")
  STATEMENT
}
