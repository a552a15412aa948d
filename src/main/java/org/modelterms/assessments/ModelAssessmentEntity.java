package org.modelterms.assessments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.modelterms.openness.MofClass;
import org.modelterms.openness.OsaidVerdict;

/** Today's verdicts of one model, kept so that lists can be filtered by openness in SQL. */
@Entity
@Table(name = "model_assessment")
public class ModelAssessmentEntity extends PanacheEntityBase {

  @Id
  @Column(name = "model_id")
  public Long modelId;

  @Enumerated(EnumType.STRING)
  @Column(name = "osaid_verdict", nullable = false)
  public OsaidVerdict osaidVerdict;

  @Enumerated(EnumType.STRING)
  @Column(name = "mof_class")
  public MofClass mofClass;

  @Column(name = "computed_on", nullable = false)
  public LocalDate computedOn;

  /** The day the verdicts may change because a binding or version starts or ends. */
  @Column(name = "valid_until")
  public LocalDate validUntil;

  @Column(name = "computed_at", nullable = false)
  public OffsetDateTime computedAt;
}
