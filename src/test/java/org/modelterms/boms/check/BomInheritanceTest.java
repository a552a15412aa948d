package org.modelterms.boms.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.boms.check.Boms.baseById;
import static org.modelterms.boms.check.Boms.bom;
import static org.modelterms.boms.check.Boms.declaring;
import static org.modelterms.boms.check.Boms.derived;
import static org.modelterms.boms.check.Boms.spdx;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelterms.boms.api.BomUseVerdict;
import org.modelterms.models.ModelQueries;
import org.modelterms.models.api.Model;
import org.modelterms.permissions.PermissionQueries;
import org.modelterms.permissions.api.ActorInput;
import org.modelterms.permissions.api.UsePermission;
import org.modelterms.policies.ActorKind;
import org.modelterms.policies.UseCategory;
import org.modelterms.testing.Fixtures;

/**
 * A model the registry does not hold is answered as the registry answers a model it holds in the
 * same position: a registered fine-tune with no bindings of its own, a registered model whose
 * licence has no documents.
 */
@QuarkusTest
class BomInheritanceTest {

  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 12, 1), LocalDate.of(2025, 6, 1));

  private static final List<ActorInput> ACTORS =
      Arrays.asList(
          null,
          new ActorInput(ActorKind.GOVERNMENT, "US", null, null),
          new ActorInput(ActorKind.COMPANY, "DE", 900_000_000L, null));

  private static final List<String> BASES =
      List.of(
          "meta-llama/Llama-3.1-8B",
          "meta-llama/Llama-3.2-3B",
          "google/gemma-2-9b",
          "mistralai/Codestral-22B-v0.1",
          "Qwen/Qwen2.5-72B");

  @Inject BomCheckQueries checks;
  @Inject PermissionQueries permissions;
  @Inject ModelQueries models;

  private static String registerFineTune(String base) {
    String slug = "bom-ft-" + Fixtures.unique();
    var r =
        Fixtures.registerModel(
            Map.of(
                "slug",
                slug,
                "name",
                "Fine-tune " + slug,
                "provider",
                "meta",
                "baseModel",
                base,
                "baseRelation",
                "FINE_TUNE",
                "sources",
                List.of(Map.of("url", "https://example.org/" + slug))));
    assertThat(r.getList("data.modelRegister.userErrors")).isEmpty();
    return slug;
  }

  @Test
  void aBaseModelRowIsAnsweredAsARegisteredFineTuneOfThatBase() {
    List<UseCategory> uses = Arrays.asList(UseCategory.values());
    int compared = 0;
    for (String base : BASES) {
      Model fineTune = models.findByIdentifier(registerFineTune(base)).orElseThrow();
      String name = "acme/" + fineTune.slug();
      for (LocalDate on : DATES) {
        for (ActorInput actor : ACTORS) {
          List<UsePermission> registry =
              permissions.evaluate(List.of(fineTune), uses, on, actor, null).get(0);
          List<BomUseVerdict> bom =
              checks
                  .check(bom(derived("x", name, List.of(baseById(base)))), uses, on, actor, null)
                  .components()
                  .get(0)
                  .verdicts();
          for (int i = 0; i < uses.size(); i++) {
            UsePermission p = registry.get(i);
            BomUseVerdict b = bom.get(i);
            assertThat(b.verdict())
                .as("%s %s %s %s", base, on, actor, p.use())
                .isEqualTo(p.verdict());
            assertThat(b.explicit()).isEqualTo(p.explicit());
            assertThat(b.conditions()).isEqualTo(p.conditions());
            assertThat(b.rules()).isEqualTo(p.rules());
            assertThat(b.confidence()).isEqualTo(p.confidence());
            assertThat(b.explanation())
                .isEqualTo(
                    "Terms inherited from base model "
                        + base
                        + ": "
                        + p.explanation().replace(fineTune.slug(), name));
            compared++;
          }
        }
      }
    }
    assertThat(compared)
        .isEqualTo(BASES.size() * DATES.size() * ACTORS.size() * UseCategory.values().length);
  }

  @Test
  void aLicenceWithoutDocumentsIsAnsweredAsAModelUnderOnlyThatLicence() {
    String slug = "bom-bsd-" + Fixtures.unique();
    var r =
        Fixtures.registerModel(
            Map.of(
                "slug",
                slug,
                "name",
                "BSD model " + slug,
                "provider",
                "meta",
                "licenseExpression",
                "BSD-3-Clause",
                "sources",
                List.of(Map.of("url", "https://example.org/" + slug))));
    assertThat(r.getList("data.modelRegister.userErrors")).isEmpty();
    Model model = models.findByIdentifier(slug).orElseThrow();
    List<UseCategory> uses = List.of(UseCategory.COMMERCIAL, UseCategory.MILITARY);
    LocalDate on = LocalDate.of(2025, 1, 1);
    List<UsePermission> registry =
        permissions.evaluate(List.of(model), uses, on, null, null).get(0);
    List<BomUseVerdict> bom =
        checks
            .check(bom(declaring("x", slug, spdx("BSD-3-Clause"))), uses, on, null, null)
            .components()
            .get(0)
            .verdicts();
    List<String> expected = new ArrayList<>();
    registry.forEach(p -> expected.add(p.verdict() + " " + p.explanation()));
    assertThat(bom)
        .extracting(
            v ->
                v.verdict()
                    + " "
                    + v.explanation().replace("Terms of its declared licence BSD-3-Clause: ", ""))
        .containsExactlyElementsOf(expected);
    assertThat(bom).allSatisfy(v -> assertThat(v.verdict().name()).isEqualTo("UNKNOWN"));
  }
}
