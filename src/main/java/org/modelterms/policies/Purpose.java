package org.modelterms.policies;

public enum Purpose {
  COMMERCIAL,
  RESEARCH,
  PERSONAL
}
