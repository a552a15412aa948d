package org.modelterms.sources;

import org.modelterms.shared.nodes.NodeType;

/** The kinds of facts a source can be cited for, each a foreign-key column of {@code citation}. */
public enum CitationSubject {
  ORGANIZATION("organization_id", NodeType.Organization),
  MODEL("model_id", NodeType.Model),
  COMPONENT("component_id", NodeType.Component),
  LICENSE("license_id", NodeType.License),
  POLICY_DOCUMENT("policy_document_id", NodeType.PolicyDocument),
  POLICY_VERSION("policy_version_id", NodeType.PolicyVersion),
  USE_RULE("use_rule_id", NodeType.UseRule),
  BINDING("binding_id", null),
  POLICY_EVENT("policy_event_id", null);

  /** The {@code citation} column holding the subject's key. */
  final String column;

  final NodeType nodeType;

  CitationSubject(String column, NodeType nodeType) {
    this.column = column;
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
