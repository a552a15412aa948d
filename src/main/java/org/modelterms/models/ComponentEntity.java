package org.modelterms.models;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.modelterms.licenses.LicenseEntity;

/** A released part of a model: one of the 17 MOF components. */
@Entity
@Table(name = "component")
public class ComponentEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

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

  @Version public int version;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;
}
