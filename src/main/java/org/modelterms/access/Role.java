package org.modelterms.access;

/** The roles the registry checks. An admin may do everything an editor may. */
public enum Role {
  EDITOR("editor"),
  ADMIN("admin");

  private final String claim;

  Role(String claim) {
    this.claim = claim;
  }

  /** The name in a token's roles claim or a local account's roles. */
  public String claim() {
    return claim;
  }
}
