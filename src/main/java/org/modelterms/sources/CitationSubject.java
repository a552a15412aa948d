package org.modelterms.sources;

import org.modelterms.graphql.NodeType;

/** The kinds of facts a source can be cited for, each a foreign-key column of {@code citation}. */
public enum CitationSubject {
  ORGANIZATION("organizationId", NodeType.Organization),
  MODEL("modelId", NodeType.Model),
  COMPONENT("componentId", NodeType.Component),
  LICENSE("licenseId", NodeType.License),
  POLICY_DOCUMENT("policyDocumentId", NodeType.PolicyDocument),
  POLICY_VERSION("policyVersionId", NodeType.PolicyVersion),
  USE_RULE("useRuleId", NodeType.UseRule),
  BINDING("bindingId", null),
  POLICY_EVENT("policyEventId", null);

  /** The {@link CitationEntity} attribute holding the subject's key. */
  final String attribute;

  final NodeType nodeType;

  CitationSubject(String attribute, NodeType nodeType) {
    this.attribute = attribute;
    this.nodeType = nodeType;
  }

  static CitationSubject of(NodeType type) {
    for (CitationSubject subject : values()) {
      if (subject.nodeType == type) {
        return subject;
      }
    }
    return null;
  }
}
