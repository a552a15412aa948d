package org.modelterms.boms.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.boms.check.Boms.baseById;
import static org.modelterms.boms.check.Boms.baseByName;
import static org.modelterms.boms.check.Boms.bom;
import static org.modelterms.boms.check.Boms.data;
import static org.modelterms.boms.check.Boms.declaring;
import static org.modelterms.boms.check.Boms.derived;
import static org.modelterms.boms.check.Boms.hf;
import static org.modelterms.boms.check.Boms.huggingFace;
import static org.modelterms.boms.check.Boms.model;
import static org.modelterms.boms.check.Boms.name;
import static org.modelterms.boms.check.Boms.named;
import static org.modelterms.boms.check.Boms.purl;
import static org.modelterms.boms.check.Boms.spdx;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelterms.boms.api.BomCheck;
import org.modelterms.boms.api.BomComponentCheck;
import org.modelterms.boms.api.BomMatch;
import org.modelterms.boms.api.BomResolutionPath;
import org.modelterms.boms.api.BomUnresolvedReason;
import org.modelterms.boms.api.BomUseVerdict;
import org.modelterms.boms.read.BomComponentType;
import org.modelterms.boms.read.ParsedBom;
import org.modelterms.permissions.UseVerdict;
import org.modelterms.permissions.api.ActorInput;
import org.modelterms.policies.ActorKind;
import org.modelterms.policies.UseCategory;

/** Each resolution path, on the curated dataset's models and licences. */
@QuarkusTest
class BomResolutionTest {

  /** Before Meta's statements of 2024-11-04: the Llama 3.1 AUP's military ban stands alone. */
  static final LocalDate AUGUST_2024 = LocalDate.of(2024, 8, 1);

  static final List<UseCategory> USES = List.of(UseCategory.MILITARY, UseCategory.COMMERCIAL);

  @Inject BomCheckQueries checks;

  private BomCheck check(ParsedBom bom) {
    return checks.check(bom, USES, AUGUST_2024, null, null);
  }

  private static BomUseVerdict verdict(BomComponentCheck c, UseCategory use) {
    return c.verdicts().stream().filter(v -> v.use() == use).findFirst().orElseThrow();
  }

  @Test
  void aRegistryModelByPurlHuggingFaceIdUrlOrNameWithSupplier() {
    BomCheck check =
        check(
            bom(
                purl("p", "pkg:huggingface/meta-llama/Llama-3.1-8B@d04e592"),
                huggingFace("h", "META-LLAMA/llama-3.1-8b"),
                Boms.url("u", "https://huggingface.co/meta-llama/Llama-3.1-8B/tree/main"),
                named("n", "Llama 3.1 8B", "Meta"),
                named("w", "Llama 3.1 8B", "Mistral AI"),
                named("s", "llama-3.1-8b", "meta")));
    List<BomComponentCheck> c = check.components();
    assertThat(c.subList(0, 4))
        .allSatisfy(
            x -> {
              assertThat(x.resolution().path()).isEqualTo(BomResolutionPath.MODEL);
              assertThat(x.resolution().model().slug()).isEqualTo("llama-3.1-8b");
            });
    assertThat(c.get(0).resolution().matchedBy()).isEqualTo(BomMatch.PURL);
    assertThat(c.get(1).resolution().matchedBy()).isEqualTo(BomMatch.HUGGING_FACE_ID);
    assertThat(c.get(2).resolution().matchedBy()).isEqualTo(BomMatch.URL);
    assertThat(c.get(3).resolution().matchedBy()).isEqualTo(BomMatch.NAME_AND_SUPPLIER);
    assertThat(c.get(3).resolution().how()).contains("llama-3.1-8b").contains("supplier \"Meta\"");
    // The same name from another supplier is another model.
    assertThat(c.get(4).resolution().path()).isEqualTo(BomResolutionPath.UNRESOLVED);
    assertThat(c.get(4).resolution().reason()).isEqualTo(BomUnresolvedReason.UNKNOWN_MODEL);
    assertThat(c.get(5).resolution().matchedBy()).isEqualTo(BomMatch.NAME_AND_SUPPLIER);

    BomUseVerdict military = verdict(c.get(0), UseCategory.MILITARY);
    assertThat(military.verdict()).isEqualTo(UseVerdict.PROHIBITED);
    assertThat(military.permission()).isNotNull();
    assertThat(military.permission().model().slug()).isEqualTo("llama-3.1-8b");
    assertThat(military.explanation()).isEqualTo(military.permission().explanation());
    assertThat(c.get(0).verdicts()).extracting(BomUseVerdict::use).containsExactlyElementsOf(USES);
  }

  @Test
  void aModelOutsideTheRegistryInheritsTheTermsOfItsBaseModel() {
    BomComponentCheck c =
        check(bom(derived("ft", "acme/llama-ft", List.of(baseById("meta-llama/Llama-3.1-8B")))))
            .components()
            .get(0);
    assertThat(c.resolution().path()).isEqualTo(BomResolutionPath.BASE_MODEL);
    assertThat(c.resolution().matchedBy()).isEqualTo(BomMatch.HUGGING_FACE_ID);
    assertThat(c.resolution().baseModel().slug()).isEqualTo("llama-3.1-8b");
    assertThat(c.resolution().model()).isNull();
    BomUseVerdict military = verdict(c, UseCategory.MILITARY);
    assertThat(military.verdict()).isEqualTo(UseVerdict.PROHIBITED);
    assertThat(military.permission()).isNull();
    assertThat(military.explanation())
        .startsWith(
            "Terms inherited from base model meta-llama/Llama-3.1-8B: PROHIBITED: On 2024-08-01, acme/llama-ft is governed by")
        .contains("passed down from its base model");
    assertThat(military.rules()).isNotEmpty();
    assertThat(military.rules())
        .allSatisfy(r -> assertThat(r.relation()).isIn("INHERITED", "INCORPORATED"));
    assertThat(military.rules().get(0).sources()).isNotEmpty();
  }

  @Test
  void aBaseModelIsFollowedThroughTheDocumentWithoutLooping() {
    BomCheck check =
        check(
            bom(
                derived("top", "acme/top", List.of(baseByName("acme/middle"))),
                derived("mid", "acme/middle", List.of(baseByName("Llama 3.1 8B"))),
                derived("a", "acme/a", List.of(baseByName("acme/b"))),
                derived("b", "acme/b", List.of(baseByName("acme/a")))));
    BomComponentCheck top = check.components().get(0);
    assertThat(top.resolution().path()).isEqualTo(BomResolutionPath.BASE_MODEL);
    assertThat(top.resolution().via()).containsExactly("mid");
    assertThat(top.resolution().baseModel().slug()).isEqualTo("llama-3.1-8b");
    assertThat(top.resolution().matchedBy()).isEqualTo(BomMatch.NAME);
    assertThat(verdict(top, UseCategory.MILITARY).explanation())
        .startsWith(
            "Terms inherited from base model meta-llama/Llama-3.1-8B (through component mid): ");
    assertThat(check.components().get(1).resolution().via()).isEmpty();
    assertThat(check.components().subList(2, 4))
        .allSatisfy(
            c -> {
              assertThat(c.resolution().path()).isEqualTo(BomResolutionPath.UNRESOLVED);
              assertThat(c.resolution().reason()).isEqualTo(BomUnresolvedReason.UNKNOWN_BASE_MODEL);
              assertThat(c.verdicts()).isEmpty();
            });
  }

  @Test
  void aModelKnownOnlyByItsDeclaredLicenceIsJudgedByThatLicencesDocuments() {
    BomCheck check =
        check(
            bom(
                declaring("apache", "acme/apache", spdx("Apache-2.0")),
                declaring("llama", "acme/llama", hf("llama3.1")),
                declaring("mit-name", "acme/mit", name("MIT License")),
                declaring("mit-url", "acme/mit2", Boms.url("https://spdx.org/licenses/MIT.html")),
                declaring(
                    "choice", "acme/choice", spdx("MIT OR LicenseRef-Llama-3.1-Community-License")),
                declaring("other", "acme/other", hf("other"), name("llama3"))));
    List<BomComponentCheck> c = check.components();
    assertThat(c)
        .allSatisfy(
            x -> assertThat(x.resolution().path()).isEqualTo(BomResolutionPath.DECLARED_LICENSE));
    assertThat(c.get(0).resolution().licenses())
        .extracting(l -> l.identifier())
        .containsExactly("Apache-2.0");
    BomUseVerdict commercial = verdict(c.get(0), UseCategory.COMMERCIAL);
    assertThat(commercial.verdict()).isEqualTo(UseVerdict.PERMITTED);
    assertThat(commercial.explicit()).isTrue();
    assertThat(commercial.rules().get(0).document().slug()).isEqualTo("apache-2.0");
    assertThat(commercial.explanation())
        .startsWith(
            "Terms of its declared licence Apache-2.0: PERMITTED: On 2024-08-01, acme/apache is governed by Apache License 2.0");
    assertThat(verdict(c.get(0), UseCategory.MILITARY).explicit()).isFalse();

    assertThat(c.get(1).resolution().licenses())
        .extracting(l -> l.identifier())
        .containsExactly("LicenseRef-Llama-3.1-Community-License");
    BomUseVerdict military = verdict(c.get(1), UseCategory.MILITARY);
    assertThat(military.verdict()).isEqualTo(UseVerdict.PROHIBITED);
    assertThat(military.rules().get(0).relation()).isEqualTo("INCORPORATED");
    assertThat(military.rules().get(0).document().slug()).isEqualTo("llama-3.1-aup");

    assertThat(c.get(2).resolution().licenses())
        .extracting(l -> l.identifier())
        .containsExactly("MIT");
    assertThat(c.get(3).resolution().licenses())
        .extracting(l -> l.identifier())
        .containsExactly("MIT");
    assertThat(verdict(c.get(4), UseCategory.MILITARY).verdict()).isEqualTo(UseVerdict.PROHIBITED);
    assertThat(verdict(c.get(4), UseCategory.MILITARY).explanation())
        .contains("an expression offering a choice");
    assertThat(c.get(5).resolution().licenses())
        .extracting(l -> l.identifier())
        .containsExactly("LicenseRef-Meta-Llama-3-Community-License");
    assertThat(c.get(5).resolution().how()).doesNotContain("other");
  }

  @Test
  void licenceAndBaseModelTermsAreReadAsTheRegistryKnewThem() {
    ParsedBom bom =
        bom(
            declaring("licence", "acme/licensed", hf("llama3.1")),
            derived("derived", "acme/derived", List.of(baseById("meta-llama/Llama-3.1-8B"))));
    ActorInput usAgency = new ActorInput(ActorKind.GOVERNMENT, "US", null, null);
    LocalDate december = LocalDate.of(2024, 12, 1);
    List<UseCategory> military = List.of(UseCategory.MILITARY);
    BomCheck january =
        checks.check(
            bom, military, december, usAgency, OffsetDateTime.parse("2025-01-01T00:00:00Z"));
    BomCheck october =
        checks.check(
            bom, military, december, usAgency, OffsetDateTime.parse("2024-10-01T00:00:00Z"));
    for (int i = 0; i < 2; i++) {
      BomUseVerdict known = january.components().get(i).verdicts().get(0);
      assertThat(known.verdict()).isEqualTo(UseVerdict.PERMITTED);
      assertThat(known.rules())
          .extracting(r -> r.document().slug())
          .contains("meta-llama-national-security", "llama-3.1-aup");
      BomUseVerdict before = october.components().get(i).verdicts().get(0);
      assertThat(before.verdict()).isEqualTo(UseVerdict.PROHIBITED);
      assertThat(before.rules()).extracting(r -> r.document().slug()).containsOnly("llama-3.1-aup");
    }
  }

  @Test
  void unresolvedModelsSayWhy() {
    BomCheck check =
        check(
            bom(
                model("empty", null, null, null, null, List.of(), List.of(), List.of()),
                huggingFace("unknown", "acme/not-in-registry"),
                declaring("odd", "acme/odd", spdx("LicenseRef-Not-Registered")),
                data("ds", "some data", spdx("CC-BY-4.0"))));
    List<BomComponentCheck> c = check.components();
    assertThat(c.get(0).resolution().reason()).isEqualTo(BomUnresolvedReason.NO_IDENTIFIER);
    assertThat(c.get(1).resolution().reason()).isEqualTo(BomUnresolvedReason.UNKNOWN_MODEL);
    assertThat(c.get(1).resolution().how()).contains("acme/not-in-registry");
    assertThat(c.get(2).resolution().reason()).isEqualTo(BomUnresolvedReason.UNKNOWN_LICENSE);
    assertThat(c.get(2).resolution().how()).contains("LicenseRef-Not-Registered");
    assertThat(c.subList(0, 3)).allSatisfy(x -> assertThat(x.verdicts()).isEmpty());

    BomComponentCheck dataSet = c.get(3);
    assertThat(dataSet.type()).isEqualTo(BomComponentType.DATA);
    assertThat(dataSet.resolution()).isNull();
    assertThat(dataSet.declaredLicenses().get(0).licenses())
        .extracting(l -> l.identifier())
        .containsExactly("CC-BY-4.0");
    assertThat(check.counts().models()).isEqualTo(3);
    assertThat(check.counts().dataSets()).isEqualTo(1);
    assertThat(check.counts().byResolution())
        .anySatisfy(
            r -> {
              assertThat(r.path()).isEqualTo(BomResolutionPath.UNRESOLVED);
              assertThat(r.count()).isEqualTo(3);
            });
  }
}
