package org.modelterms.policies;

import org.eclipse.microprofile.graphql.Description;

@Description("The part a document plays in governing a model.")
public enum BindingRole {
  LICENSE,
  USE_POLICY,
  TERMS
}
