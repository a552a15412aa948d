package org.modelterms.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;

/** A dated event that changed, asserted or reported permitted use. */
@Entity
@Table(name = "policy_event")
public class PolicyEventEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String key;

  @Column(name = "occurred_on", nullable = false)
  public LocalDate occurredOn;

  @Column(nullable = false)
  public String title;

  public String actor;

  public String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public EventEffect effect;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt;
}
