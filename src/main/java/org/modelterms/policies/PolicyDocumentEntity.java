package org.modelterms.policies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.modelterms.persistence.EditableEntity;

/** A text that grants or restricts use: licence, AUP, terms, or public statement. */
@Entity
@Table(name = "policy_document")
public class PolicyDocumentEntity extends EditableEntity {

  @Column(nullable = false)
  public String slug;

  @Column(nullable = false)
  public String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public DocumentKind kind;

  @Column(name = "publisher_id")
  public Long publisherId;

  /** The licence this document is, for licence agreements with an SPDX or LicenseRef id. */
  @Column(name = "license_id")
  public Long licenseId;

  public String url;
}
