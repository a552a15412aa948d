package org.modelterms.facts;

/** How a document governing a model on a date reaches it. */
public enum TermsRelation {
  /** A binding of the model itself names the document. */
  BOUND,
  /** A binding of a model it derives from names the document, which passes down to it. */
  INHERITED,
  /** A governing document incorporates it by reference. */
  INCORPORATED,
  /** A statement amending a governing document. */
  AMENDS
}
