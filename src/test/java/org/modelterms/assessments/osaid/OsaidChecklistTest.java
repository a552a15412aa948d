package org.modelterms.assessments.osaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modelterms.models.ComponentKind;
import org.modelterms.openness.OsaidCriterionKind;

/** The bundled checklist places every MOF component exactly once and checks it against a scope. */
class OsaidChecklistTest {

  @Test
  void everyComponentIsRequiredOnceOrOptional() {
    OsaidChecklist checklist = OsaidChecklist.bundled();
    List<ComponentKind> required = new ArrayList<>();
    checklist.criteria().forEach(r -> r.components().forEach(p -> required.add(p.kind())));
    Set<ComponentKind> all = EnumSet.copyOf(required);
    all.addAll(checklist.optional());
    assertThat(all).containsExactlyInAnyOrder(ComponentKind.values());
    assertThat(required).doesNotHaveDuplicates().doesNotContainAnyElementsOf(checklist.optional());
    assertThat(checklist.criteria())
        .extracting(OsaidChecklist.Requirement::criterion)
        .containsExactly(
            OsaidCriterionKind.DATA_INFORMATION,
            OsaidCriterionKind.CODE,
            OsaidCriterionKind.PARAMETERS);
    checklist
        .criteria()
        .forEach(
            r ->
                r.components()
                    .forEach(
                        p -> assertThat(p.terms()).isIn("CODE", "DATA_INFORMATION", "PARAMETERS")));
    assertThat(checklist.sources())
        .extracting(OsaidChecklist.Source::url)
        .allMatch(u -> u.startsWith("https://"));
    assertThat(checklist.digest()).hasSize(64);
  }
}
