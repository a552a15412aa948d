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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /** Makes the licence's names of one scheme these, keeping the rows of the names it keeps. */
  void replaceAliases(AliasScheme scheme, List<String> names) {
    aliases.removeIf(a -> a.scheme == scheme && !names.contains(a.alias));
    Set<String> present = new HashSet<>();
    aliases.stream().filter(a -> a.scheme == scheme).forEach(a -> present.add(a.alias));
    for (String name : names) {
      if (present.add(name)) {
        LicenseAliasEntity alias = new LicenseAliasEntity();
        alias.license = this;
        alias.alias = name;
        alias.scheme = scheme;
        aliases.add(alias);
      }
    }
  }
}
