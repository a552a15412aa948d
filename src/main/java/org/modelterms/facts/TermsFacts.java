package org.modelterms.facts;

import java.time.LocalDate;
import java.util.List;
import org.modelterms.policies.BindingRole;
import org.modelterms.policies.DocumentKind;

/**
 * A document governing a model on the assessed date, with the version then in force (null when the
 * registry holds no version for that date) and its rules.
 *
 * @param relation how the document reaches the model
 * @param role the part the document plays: that of the binding through which it reaches the model
 * @param publisher the name of the organisation publishing the document, null when not recorded:
 *     whom a rule requiring prior approval names
 */
public record TermsFacts(
    long documentKey,
    String slug,
    String title,
    String publisher,
    DocumentKind kind,
    TermsRelation relation,
    BindingRole role,
    LicenseInfo license,
    Long versionKey,
    String versionLabel,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    List<RuleFacts> rules) {}
