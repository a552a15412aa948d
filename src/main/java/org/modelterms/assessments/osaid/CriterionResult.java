package org.modelterms.assessments.osaid;

import org.modelterms.openness.OsaidCriterionKind;

/**
 * One criterion's answer: met (true), not met (false) or unknown (null), the reason in words that
 * name the facts used, and those facts.
 */
public record CriterionResult(
    OsaidCriterionKind criterion, Boolean met, String reason, Evidence evidence) {}
