package org.modelterms.boms.check;

import java.util.List;
import org.modelterms.permissions.TermsVerdict;
import org.modelterms.permissions.api.UsePermission;

/**
 * The verdicts a component's check reads: the registry's own for a registry model, for the uses
 * asked in their order; and, for every use category in declared order, those of the terms it
 * resolved to otherwise, of its declared licences and of what its base model passes down (for the
 * flags). Each is null where it does not apply.
 *
 * @param baseName what the base model is called in sentences (its Hugging Face id, else its slug)
 */
record CheckedTerms(
    List<UsePermission> registry,
    List<TermsVerdict> resolved,
    List<TermsVerdict> declared,
    List<TermsVerdict> passedDown,
    String baseName) {}
