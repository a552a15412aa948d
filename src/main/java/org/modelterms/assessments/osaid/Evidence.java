package org.modelterms.assessments.osaid;

import java.util.List;

/** The registry facts a criterion used, so its sources can be shown beside it. */
public record Evidence(
    List<Long> components,
    List<Long> policyVersions,
    List<Long> policyDocuments,
    List<Long> models) {

  public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of(), List.of());
}
