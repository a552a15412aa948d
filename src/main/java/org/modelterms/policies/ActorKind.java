package org.modelterms.policies;

public enum ActorKind {
  GOVERNMENT,
  DEFENSE_CONTRACTOR,
  COMPANY,
  ACADEMIC,
  INDIVIDUAL,
  NON_PROFIT
}
