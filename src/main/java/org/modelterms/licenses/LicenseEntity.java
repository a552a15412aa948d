package org.modelterms.licenses;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

@Entity
@Table(name = "license")
public class LicenseEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

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

  @OneToMany(mappedBy = "license", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("alias")
  public List<LicenseAliasEntity> aliases = new ArrayList<>();

  @Version public int version;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;
}
