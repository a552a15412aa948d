package org.modelterms.ratelimit;

/** Whose limits a caller spends under: the highest role it holds. */
public enum Tier {
  ANONYMOUS,
  READER,
  EDITOR,
  ADMIN
}
