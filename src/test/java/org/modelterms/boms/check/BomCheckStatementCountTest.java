package org.modelterms.boms.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.boms.check.Boms.baseById;
import static org.modelterms.boms.check.Boms.baseByName;
import static org.modelterms.boms.check.Boms.data;
import static org.modelterms.boms.check.Boms.declaring;
import static org.modelterms.boms.check.Boms.derived;
import static org.modelterms.boms.check.Boms.hf;
import static org.modelterms.boms.check.Boms.huggingFace;
import static org.modelterms.boms.check.Boms.named;
import static org.modelterms.boms.check.Boms.purl;
import static org.modelterms.boms.check.Boms.spdx;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.modelterms.boms.api.BomCheck;
import org.modelterms.boms.read.BomComponent;
import org.modelterms.boms.read.BomFormat;
import org.modelterms.boms.read.ParsedBom;
import org.modelterms.cluster.ReadCaches;
import org.modelterms.policies.UseCategory;

/** The SQL statements of a check do not grow with the number of components. */
@QuarkusTest
class BomCheckStatementCountTest {

  private static final List<String> MODELS =
      List.of(
          "meta-llama/Llama-3.1-8B",
          "meta-llama/Llama-3.2-3B",
          "google/gemma-2-9b",
          "Qwen/Qwen2.5-72B",
          "mistralai/Codestral-22B-v0.1",
          "deepseek-ai/DeepSeek-R1");

  private static final List<String> LICENCES =
      List.of("Apache-2.0", "MIT", "LicenseRef-Gemma-Terms-of-Use", "GPL-3.0-only", "BSD-3-Clause");

  @Inject BomCheckQueries checks;
  @Inject SessionFactory sessionFactory;
  @Inject ReadCaches caches;

  /**
   * Every path and flag, over and over: the first five components take every path (and a data set),
   * the rest repeat them in other spellings.
   */
  private static ParsedBom document(int size) {
    List<BomComponent> components = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String ref = "c" + i;
      String model = MODELS.get(i % MODELS.size());
      String licence = LICENCES.get(i % LICENCES.size());
      components.add(
          switch (i % 9) {
            case 0 -> huggingFace(ref, model, spdx(licence));
            case 1 -> derived(ref, "acme/ft-" + i, List.of(baseById(model)), spdx(licence));
            case 2 -> declaring(ref, "acme/lic-" + i, spdx(licence + " OR MIT"));
            case 3 -> declaring(ref, "acme/none-" + i, spdx("LicenseRef-Unknown-" + i));
            case 4 -> data(ref, "data " + i, spdx("CC-BY-4.0"));
            case 5 -> purl(ref, "pkg:huggingface/" + model + "@r" + i);
            case 6 -> named(ref, "Llama 3.1 8B", "Meta");
            case 7 -> derived(ref, "acme/chain-" + i, List.of(baseByName("acme/ft-" + (i - 6))));
            default -> declaring(ref, "acme/hf-" + i, hf("llama3.1"));
          });
    }
    return new ParsedBom(BomFormat.CYCLONEDX_JSON, "1.6", components, List.of());
  }

  private long statementsFor(int size) {
    ParsedBom bom = document(size);
    // Cold caches: a larger document must not cost more statements for what it newly names.
    caches.invalidateAll();
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();
    BomCheck check = checks.check(bom, Arrays.asList(UseCategory.values()), null, null, null);
    long statements = statistics.getPrepareStatementCount();
    assertThat(check.components()).hasSize(size);
    assertThat(check.counts().byResolution()).allSatisfy(r -> assertThat(r.count()).isPositive());
    assertThat(check.counts().dataSets()).isPositive();
    return statements;
  }

  @Test
  void statementsDoNotGrowWithTheComponents() {
    statementsFor(5); // warm-up: the first use of each query prepares more
    long small = statementsFor(5);
    long large = statementsFor(200);
    System.out.printf("bomCheck SQL statements: 5 components -> %d, 200 -> %d%n", small, large);
    assertThat(large).isEqualTo(small);
    assertThat(large).isLessThan(20);
  }
}
