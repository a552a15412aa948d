package org.modelterms.permissions;

import java.util.List;
import org.modelterms.permissions.api.DecidingRule;
import org.modelterms.policies.UseCategory;
import org.modelterms.sources.Confidence;

/**
 * The verdict about terms that are not a stored model's (a licence alone, a base model's terms
 * passed down to something the registry does not hold), with what {@code UsePermission} says beside
 * its verdict.
 */
public record TermsVerdict(
    UseCategory use,
    UseVerdict verdict,
    boolean explicit,
    List<String> conditions,
    List<DecidingRule> rules,
    String explanation,
    Confidence confidence) {}
