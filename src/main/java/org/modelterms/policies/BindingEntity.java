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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/** A document governing a model over [effectiveFrom, effectiveTo). */
@Entity
@Table(name = "binding")
public class BindingEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "model_id", nullable = false)
  public Long modelId;

  @Column(name = "document_id", nullable = false)
  public Long documentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public BindingRole role;

  @Column(name = "effective_from", nullable = false)
  public LocalDate effectiveFrom;

  @Column(name = "effective_to")
  public LocalDate effectiveTo;

  @Version public int version;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt;
}
