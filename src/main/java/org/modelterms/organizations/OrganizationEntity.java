package org.modelterms.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.modelterms.persistence.EditableEntity;

/** A provider of models (Meta, Alibaba Cloud, EleutherAI …). */
@Entity
@Table(name = "organization")
public class OrganizationEntity extends EditableEntity {

  @Column(nullable = false)
  public String slug;

  @Column(nullable = false)
  public String name;

  /** ISO 3166-1 alpha-2. */
  public String country;

  public String website;
}
