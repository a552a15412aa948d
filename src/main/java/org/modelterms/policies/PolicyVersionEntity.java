package org.modelterms.policies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.modelterms.persistence.EditableEntity;

/** One version of a document, in force over [effectiveFrom, effectiveTo). */
@Entity
@Table(name = "policy_version")
public class PolicyVersionEntity extends EditableEntity {

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
}
