package org.modelterms.boms.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.boms.check.Boms.baseById;
import static org.modelterms.boms.check.Boms.bom;
import static org.modelterms.boms.check.Boms.derived;
import static org.modelterms.boms.check.Boms.hf;
import static org.modelterms.boms.check.Boms.huggingFace;
import static org.modelterms.boms.check.Boms.purl;
import static org.modelterms.boms.check.Boms.spdx;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelterms.boms.api.BomComponentCheck;
import org.modelterms.boms.api.BomFlag;
import org.modelterms.boms.api.BomFlagCode;
import org.modelterms.boms.read.ParsedBom;
import org.modelterms.policies.UseCategory;

/** Each flag, with both sides, on the curated dataset. */
@QuarkusTest
class BomFlagsTest {

  @Inject BomCheckQueries checks;

  private List<BomComponentCheck> check(ParsedBom bom) {
    return checks
        .check(bom, BomResolutionTest.USES, BomResolutionTest.AUGUST_2024, null, null)
        .components();
  }

  private static List<BomFlagCode> codes(BomComponentCheck c) {
    return c.flags().stream().map(BomFlag::code).toList();
  }

  private static BomFlag flag(BomComponentCheck c, BomFlagCode code) {
    return c.flags().stream().filter(f -> f.code() == code).findFirst().orElseThrow();
  }

  @Test
  void aDeclaredLicenceTheRegistryDoesNotHoldForTheModelIsAMismatch() {
    List<BomComponentCheck> c =
        check(
            bom(
                purl("apache", "pkg:huggingface/meta-llama/Llama-3.2-3B@main", spdx("Apache-2.0")),
                huggingFace("tag", "meta-llama/Llama-3.2-3B", hf("llama3.2")),
                huggingFace(
                    "ref",
                    "meta-llama/Llama-3.1-8B",
                    spdx("LicenseRef-Llama-3.1-Community-License"))));
    BomFlag mismatch = flag(c.get(0), BomFlagCode.LICENSE_MISMATCH);
    assertThat(mismatch.documentSays()).isEqualTo("Component apache declares Apache-2.0.");
    assertThat(mismatch.registrySays())
        .contains("llama-3.2-3b")
        .contains("LicenseRef-Llama-3.2-Community-License");
    assertThat(mismatch.registrySources()).isNotEmpty();
    assertThat(mismatch.registrySources().get(0).source().url()).startsWith("https://");
    // Compared as licences: the Hugging Face tag names the very licence the registry holds.
    assertThat(codes(c.get(1))).doesNotContain(BomFlagCode.LICENSE_MISMATCH);
    assertThat(codes(c.get(2))).isEmpty();
  }

  @Test
  void aFineTuneDeclaringLooserTermsThanItsBaseIsFlaggedWithTheUses() {
    List<BomComponentCheck> c =
        check(
            bom(
                derived(
                    "mit",
                    "acme/llama-mit",
                    List.of(baseById("meta-llama/Llama-3.1-8B")),
                    spdx("MIT")),
                derived(
                    "same",
                    "acme/llama-same",
                    List.of(baseById("meta-llama/Llama-3.1-8B")),
                    hf("llama3.1")),
                // A registry model whose registry base passes terms down: Llama 3.2 3B is derived
                // from Llama 3.1 8B.
                huggingFace("registered", "meta-llama/Llama-3.2-3B", spdx("Apache-2.0"))));
    BomFlag looser = flag(c.get(0), BomFlagCode.LOOSER_THAN_BASE);
    assertThat(looser.uses()).contains(UseCategory.MILITARY);
    assertThat(looser.message())
        .contains(
            "MILITARY (PERMITTED under the declared licence, PROHIBITED under the base model's terms)");
    assertThat(looser.registrySays())
        .contains("meta-llama/Llama-3.1-8B")
        .contains("MILITARY use is PROHIBITED");
    assertThat(looser.registrySources()).isNotEmpty();
    // The verdicts of a BASE_MODEL row stay the base model's, whatever it declares.
    assertThat(c.get(0).verdicts().get(0).verdict().name()).isEqualTo("PROHIBITED");
    assertThat(codes(c.get(1))).doesNotContain(BomFlagCode.LOOSER_THAN_BASE);
    assertThat(codes(c.get(2)))
        .contains(BomFlagCode.LOOSER_THAN_BASE, BomFlagCode.LICENSE_MISMATCH);
  }

  @Test
  void theSameModelTwiceIsADuplicate() {
    List<BomComponentCheck> c =
        check(
            bom(
                huggingFace("first", "meta-llama/Llama-3.1-8B"),
                purl("second", "pkg:huggingface/meta-llama/Llama-3.1-8B@abc")));
    assertThat(codes(c.get(0))).isEmpty();
    assertThat(flag(c.get(1), BomFlagCode.DUPLICATE).message()).contains("first");
  }
}
