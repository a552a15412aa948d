package org.modelterms.sources;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/**
 * A source cited for one fact. Exactly one subject column is set (a check constraint ensures it);
 * each is a real foreign key, so a citation never outlives or misses its subject.
 */
@Entity
@Table(name = "citation")
public class CitationEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "source_id")
  public SourceEntity source;

  @Column(name = "organization_id")
  public Long organizationId;

  @Column(name = "model_id")
  public Long modelId;

  @Column(name = "component_id")
  public Long componentId;

  @Column(name = "license_id")
  public Long licenseId;

  @Column(name = "policy_document_id")
  public Long policyDocumentId;

  @Column(name = "policy_version_id")
  public Long policyVersionId;

  @Column(name = "use_rule_id")
  public Long useRuleId;

  @Column(name = "binding_id")
  public Long bindingId;

  @Column(name = "policy_event_id")
  public Long policyEventId;

  /** The subject's field the source supports; null for the subject as a whole. */
  public String field;

  public String quote;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt;

  void setSubject(CitationSubject subject, long key) {
    switch (subject) {
      case ORGANIZATION -> organizationId = key;
      case MODEL -> modelId = key;
      case COMPONENT -> componentId = key;
      case LICENSE -> licenseId = key;
      case POLICY_DOCUMENT -> policyDocumentId = key;
      case POLICY_VERSION -> policyVersionId = key;
      case USE_RULE -> useRuleId = key;
      case BINDING -> bindingId = key;
      case POLICY_EVENT -> policyEventId = key;
    }
  }

  Long subjectKey(CitationSubject subject) {
    return switch (subject) {
      case ORGANIZATION -> organizationId;
      case MODEL -> modelId;
      case COMPONENT -> componentId;
      case LICENSE -> licenseId;
      case POLICY_DOCUMENT -> policyDocumentId;
      case POLICY_VERSION -> policyVersionId;
      case USE_RULE -> useRuleId;
      case BINDING -> bindingId;
      case POLICY_EVENT -> policyEventId;
    };
  }
}
