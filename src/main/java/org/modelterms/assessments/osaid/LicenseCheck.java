package org.modelterms.assessments.osaid;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelterms.facts.AcceptedTerms;
import org.modelterms.facts.ComponentFacts;
import org.modelterms.facts.LicenseInfo;
import org.modelterms.licenses.SpdxExpression;
import org.modelterms.models.ComponentKind;

/** Whether a released part of a model is under terms a framework accepts, and why. */
final class LicenseCheck {

  /** TRUE, FALSE or null (unknown), with the sentence that explains it. */
  record Outcome(Boolean ok, String words) {}

  private LicenseCheck() {}

  static String label(ComponentKind kind) {
    String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** "Training code is", "Datasets are": the label with the verb that agrees with it. */
  static String labelIs(ComponentKind kind) {
    return label(kind) + (plural(kind) ? " are" : " is");
  }

  private static boolean plural(ComponentKind kind) {
    return kind.name().endsWith("S");
  }

  /** Checks a component's availability and licence against the accepted terms. */
  static Outcome component(
      ComponentFacts c, ComponentKind kind, AcceptedTerms terms, String scope) {
    String label = label(kind);
    String labelIs = labelIs(kind);
    if (c == null) {
      return new Outcome(
          null, label + ": the registry holds no facts about " + (plural(kind) ? "them." : "it."));
    }
    switch (c.availability()) {
      case UNKNOWN:
        return new Outcome(
            null,
            label
                + ": whether "
                + (plural(kind) ? "they were" : "it was")
                + " released is unknown.");
      case NOT_AVAILABLE:
        return new Outcome(false, labelIs + " not released.");
      case PARTIAL:
        return new Outcome(false, labelIs + " released only in part.");
      default:
        break;
    }
    if (c.expression() != null) {
      return expression(labelIs, c.expression(), c.licenses(), terms, scope);
    }
    String declared = c.declaredLicense();
    if (declared != null) {
      if (declared.isBlank() || declared.equalsIgnoreCase("unlicensed")) {
        return new Outcome(
            false, labelIs + " released without a licence, so no freedom is granted.");
      }
      boolean accepted = terms.licenseKeys().contains(declared);
      return new Outcome(
          accepted,
          labelIs
              + " released under \""
              + declared
              + "\", "
              + (accepted ? "which" : "which is not an SPDX licence that")
              + " OSAID 1.0 accepts for "
              + scope
              + ".");
    }
    return new Outcome(null, labelIs + " released, but the licence is unknown.");
  }

  /** Checks a licence expression: all of an AND, any alternative of an OR. */
  static Outcome expression(
      String label,
      String expression,
      List<LicenseInfo> licenses,
      AcceptedTerms terms,
      String scope) {
    Map<String, LicenseInfo> byId = new HashMap<>();
    licenses.forEach(l -> byId.put(l.identifier(), l));
    boolean accepted;
    try {
      accepted = accepted(SpdxExpression.parse(expression), byId, terms);
    } catch (IllegalArgumentException e) {
      accepted = false;
    }
    return new Outcome(
        accepted,
        label
            + " released under "
            + expression
            + (accepted
                ? ", which OSAID 1.0 accepts for " + scope + "."
                : ", which is not among the terms OSAID 1.0 accepts for " + scope + "."));
  }

  /** Checks one registered licence (the licence a binding puts a model under). */
  static Outcome license(String label, LicenseInfo license, AcceptedTerms terms, String scope) {
    boolean accepted = terms.accepts(license);
    return new Outcome(
        accepted,
        label
            + " under "
            + license.identifier()
            + " ("
            + license.name()
            + "), "
            + (accepted ? "which OSAID 1.0 accepts for " : "which OSAID 1.0 does not accept for ")
            + scope
            + ".");
  }

  private static boolean accepted(
      SpdxExpression e, Map<String, LicenseInfo> byId, AcceptedTerms terms) {
    if (e instanceof SpdxExpression.Id id) {
      LicenseInfo license = byId.get(id.id());
      return terms.accepts(id.id(), license);
    }
    if (e instanceof SpdxExpression.With with) {
      return accepted(with.license(), byId, terms);
    }
    if (e instanceof SpdxExpression.And and) {
      return and.terms().stream().allMatch(t -> accepted(t, byId, terms));
    }
    return ((SpdxExpression.Or) e).terms().stream().anyMatch(t -> accepted(t, byId, terms));
  }

  /** Combines several outcomes: any failure fails, all met is met, otherwise unknown. */
  static Boolean all(List<Boolean> outcomes) {
    if (outcomes.stream().anyMatch(Boolean.FALSE::equals)) {
      return false;
    }
    return outcomes.stream().allMatch(Boolean.TRUE::equals) ? true : null;
  }
}
