package org.modelterms.boms.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.boms.check.Boms.bom;
import static org.modelterms.boms.check.Boms.huggingFace;
import static org.modelterms.boms.check.Boms.named;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelterms.boms.api.BomComponentCheck;
import org.modelterms.boms.api.BomFlag;
import org.modelterms.boms.api.BomFlagCode;
import org.modelterms.boms.api.BomMatch;
import org.modelterms.boms.api.BomResolutionPath;
import org.modelterms.boms.read.ParsedBom;

/**
 * What real documents showed: suppliers written with their legal form, and one model listed twice
 * by a deployment scanner.
 */
@QuarkusTest
class BomSupplierAndDuplicateTest {

  @Inject BomCheckQueries checks;

  private List<BomComponentCheck> check(ParsedBom bom) {
    return checks
        .check(bom, BomResolutionTest.USES, BomResolutionTest.AUGUST_2024, null, null)
        .components();
  }

  @Test
  void aSupplierWithItsLegalFormIsTheProvider() {
    List<BomComponentCheck> c =
        check(
            bom(
                named("inc", "gpt-4o", "OpenAI Inc"),
                named("dotted", "GPT-4o", "OpenAI, Inc."),
                named("llc", "gpt-4o", "OpenAI LLC"),
                named("longer", "gpt-4o", "OpenAI Foundation"),
                named("meta", "Llama 3.1 8B", "Meta Platforms Inc"),
                named("other", "gpt-4o", "Microsoft Corporation")));
    assertThat(c.subList(0, 3))
        .allSatisfy(
            x -> {
              assertThat(x.resolution().path()).isEqualTo(BomResolutionPath.MODEL);
              assertThat(x.resolution().matchedBy()).isEqualTo(BomMatch.NAME_AND_SUPPLIER);
              assertThat(x.resolution().model().slug()).isEqualTo("gpt-4o");
            });
    // Another word than a legal form makes another supplier.
    assertThat(c.get(3).resolution().path()).isEqualTo(BomResolutionPath.UNRESOLVED);
    assertThat(c.get(4).resolution().model().slug()).isEqualTo("llama-3.1-8b");
    assertThat(c.get(5).resolution().path()).isEqualTo(BomResolutionPath.UNRESOLVED);
  }

  @Test
  void aModelTheRegistryDoesNotHoldListedTwiceIsADuplicate() {
    List<BomComponentCheck> c =
        check(
            bom(
                huggingFace("arg", "meta-llama/Llama-3.1-8B-Instruct"),
                huggingFace("env", "meta-llama/llama-3.1-8b-instruct"),
                huggingFace("other", "meta-llama/Llama-3.3-8B-Instruct")));
    assertThat(c).extracting(x -> x.resolution().path()).containsOnly(BomResolutionPath.UNRESOLVED);
    assertThat(c.get(0).flags()).isEmpty();
    BomFlag duplicate = c.get(1).flags().get(0);
    assertThat(duplicate.code()).isEqualTo(BomFlagCode.DUPLICATE);
    assertThat(duplicate.message()).contains("env").contains("arg");
    assertThat(duplicate.documentSays()).contains("meta-llama/llama-3.1-8b-instruct");
    assertThat(c.get(2).flags()).isEmpty();
  }
}
