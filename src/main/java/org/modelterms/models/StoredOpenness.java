package org.modelterms.models;

/**
 * Today's verdicts of every model, kept in a table so that lists can be filtered by them in SQL.
 * Implemented by the assessments, which depend on models, not the other way round.
 */
public interface StoredOpenness {

  /** Computes the verdicts that are missing or out of date, before a filter reads them. */
  void ensureFresh();
}
