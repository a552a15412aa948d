package org.modelterms.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An account of a registry without an identity provider, checked by quarkus-security-jpa for HTTP
 * Basic credentials. The password is held as a bcrypt hash only.
 */
@Entity
@Table(name = "local_account")
@UserDefinition
public class LocalAccountEntity extends PanacheEntityBase {

  @Id @Username public String username;

  @Password(PasswordType.MCF)
  @Column(name = "password_hash")
  public String passwordHash;

  /** Comma-separated, as quarkus-security-jpa reads them. */
  @Roles public String roles;

  @Column(name = "created_at", insertable = false, updatable = false)
  public OffsetDateTime createdAt;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;
}
