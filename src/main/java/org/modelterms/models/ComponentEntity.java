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
import java.util.HashSet;
import java.util.Set;
import org.modelterms.licenses.LicenseEntity;
import org.modelterms.persistence.EditableEntity;

/** A released part of a model: one of the 17 MOF components. */
@Entity
@Table(name = "component")
public class ComponentEntity extends EditableEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "model_id")
  public ModelEntity model;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ComponentKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Availability availability;

  @Column(name = "license_expression")
  public String licenseExpression;

  @ManyToMany
  @JoinTable(
      name = "component_license",
      joinColumns = @JoinColumn(name = "component_id"),
      inverseJoinColumns = @JoinColumn(name = "license_id"))
  public Set<LicenseEntity> licenses = new HashSet<>();

  /** The licence as the source declared it, verbatim (MOT files: "Apache 2.0", "unlicensed"). */
  @Column(name = "declared_license")
  public String declaredLicense;

  public String url;

  public String notes;
}
