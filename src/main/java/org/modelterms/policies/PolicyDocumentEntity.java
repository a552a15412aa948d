package org.modelterms.policies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A text that grants or restricts use: licence, AUP, terms, or public statement. */
@Entity
@Table(name = "policy_document")
public class PolicyDocumentEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

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

  @Version public int version;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;
}
