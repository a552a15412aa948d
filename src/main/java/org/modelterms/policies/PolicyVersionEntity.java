package org.modelterms.policies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** One version of a document, in force over [effectiveFrom, effectiveTo). */
@Entity
@Table(name = "policy_version")
public class PolicyVersionEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "document_id", nullable = false)
  public Long documentId;

  @Column(nullable = false)
  public String label;

  @Column(name = "effective_from", nullable = false)
  public LocalDate effectiveFrom;

  /** Exclusive; null while the version is in force. */
  @Column(name = "effective_to")
  public LocalDate effectiveTo;

  @Column(name = "source_url")
  public String sourceUrl;

  @Column(name = "retrieved_on")
  public LocalDate retrievedOn;

  public String text;

  @Column(name = "text_sha256", columnDefinition = "bpchar(64)")
  public String textSha256;

  @Version public int version;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;
}
