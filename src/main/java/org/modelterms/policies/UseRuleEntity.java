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
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What one policy version says about one use category. */
@Entity
@Table(name = "use_rule")
public class UseRuleEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "version_id", nullable = false)
  public Long versionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "use_category", nullable = false)
  public UseCategory useCategory;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public RuleEffect effect;

  @Column(nullable = false)
  public String quote;

  /** {@link RuleConditions} as JSON, written by {@link RuleConditionsJson}. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String conditions = "{}";

  public String note;

  @Version public int version;

  @CreationTimestamp
  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt;
}
