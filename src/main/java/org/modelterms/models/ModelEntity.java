package org.modelterms.models;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.modelterms.licenses.LicenseEntity;
import org.modelterms.organizations.OrganizationEntity;
import org.modelterms.persistence.EditableEntity;

/** One released model, e.g. Llama 3.1 405B. */
@Entity
@Table(name = "model")
public class ModelEntity extends EditableEntity {

  @Column(nullable = false)
  public String slug;

  @Column(nullable = false)
  public String name;

  @Column(name = "hugging_face_id")
  public String huggingFaceId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "provider_id")
  public OrganizationEntity provider;

  @Column(name = "released_on")
  public LocalDate releasedOn;

  @Column(name = "parameter_count")
  public Long parameterCount;

  @Enumerated(EnumType.STRING)
  public Modality modality;

  public String description;

  /**
   * Why the registry's OSAID verdict differs from a published assessment; its sources are the
   * model's citations for the field {@code osaidNote}.
   */
  @Column(name = "osaid_note")
  public String osaidNote;

  /** The licence of the model as distributed, as an SPDX expression. */
  @Column(name = "license_expression")
  public String licenseExpression;

  /** The licences {@link #licenseExpression} names, kept in step with it on every write. */
  @ManyToMany
  @JoinTable(
      name = "model_license",
      joinColumns = @JoinColumn(name = "model_id"),
      inverseJoinColumns = @JoinColumn(name = "license_id"))
  public Set<LicenseEntity> licenses = new HashSet<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "base_model_id")
  public ModelEntity baseModel;

  @Enumerated(EnumType.STRING)
  @Column(name = "base_relation")
  public BaseRelation baseRelation;
}
