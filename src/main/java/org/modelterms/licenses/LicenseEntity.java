package org.modelterms.licenses;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.modelterms.persistence.EditableEntity;

@Entity
@Table(name = "license")
public class LicenseEntity extends EditableEntity {

  /** An SPDX licence id or a registered {@code LicenseRef-…} id. */
  @Column(nullable = false)
  public String key;

  @Column(nullable = false)
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public LicenseKind kind;

  @Column(name = "spdx_listed", nullable = false)
  public boolean spdxListed;

  @Column(name = "osi_approved", nullable = false)
  public boolean osiApproved;

  @Column(name = "fsf_libre", nullable = false)
  public boolean fsfLibre;

  @Column(nullable = false)
  public boolean deprecated;

  public String url;

  @Enumerated(EnumType.STRING)
  @Column(name = "scancode_category")
  public ScancodeCategory scancodeCategory;

  @OneToMany(mappedBy = "license", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("alias")
  public List<LicenseAliasEntity> aliases = new ArrayList<>();
}
