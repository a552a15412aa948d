package org.modelterms.graphql;

import static org.modelterms.testing.GraphQLClient.query;

import com.sun.management.OperatingSystemMXBean;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.modelterms.testing.Fixtures;

/**
 * How long the costliest documents take, to choose {@code modelterms.graphql.max-cost} with numbers
 * (docs/reliability.md). Prints, asserts nothing, and runs only when asked: {@code ./mvnw test
 * -Dtest=QueryCostTimingTest -Dmodelterms.timing=true}.
 */
@QuarkusTest
@TestProfile(QueryCostTimingTest.Unlimited.class)
@EnabledIfSystemProperty(named = "modelterms.timing", matches = "true")
class QueryCostTimingTest {

  /** No cost limit, so that documents above any candidate limit can be timed too. */
  public static class Unlimited implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("modelterms.graphql.max-cost", "1000000000");
    }
  }

  private static final int RUNS = 7;

  /**
   * The registry's CPU: the whole JVM's less the test thread's, which sends the request and reads
   * the answer (PostgreSQL runs in a process of its own and is not counted).
   */
  private static final OperatingSystemMXBean SERVER =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final String VERDICTS =
      "models(first: 100) { nodes { slug useTerms(on: $on) { verdict explanation } } }";
  private static final String VERDICTS_WITH_RULES =
      "models(first: 100) { nodes { slug useTerms(on: $on) { verdict explanation"
          + " rules { quote document { title } } } } }";
  private static final String REPORT =
      "complianceReport(models: $models, on: $on) { rows { model { slug }"
          + " permissions { verdict explanation rules { quote document { title } } } } }";
  private static final String WIDE_PAGE =
      "models(first: 100) { nodes { slug provider { name } license { name } licenses { name }"
          + " components { kind licenses { name } sources { quote source { url } } }"
          + " sources { quote source { url } } osaid(on: $on) { verdict criteria { met } }"
          + " mof { achievedClass classes { label met { name } } } events { title }"
          + " policies { document { title versions { label } } } openness { code } } }";

  private final Random random = new Random(17);

  @Test
  void timeTheCostliestDocuments() {
    List<String> slugs = pageOfModels();
    System.out.printf("timing over %d models%n", slugs.size());
    for (int aliases : new int[] {1, 6, 15}) {
      time("verdicts x" + aliases, aliases, VERDICTS, slugs, false);
      time("verdicts x" + aliases + ", own dates", aliases, VERDICTS, slugs, true);
    }
    time("verdicts with rules x2", 2, VERDICTS_WITH_RULES, slugs, true);
    time("report of 100 x2", 2, REPORT, slugs, true);
    time("wide page x3", 3, WIDE_PAGE, slugs, true);
  }

  private static String document(int aliases, String field, boolean ownDates, int offset) {
    String variables = field.contains("$models") ? "$on: Date, $models: [String!]!" : "$on: Date";
    StringBuilder document = new StringBuilder("query T(" + variables + ") { ");
    for (int i = 0; i < aliases; i++) {
      LocalDate own = LocalDate.of(2020, 1, 1).plusDays(offset + 97L * i);
      String copy = ownDates && i > 0 ? field.replace("$on", "\"" + own + "\"") : field;
      document.append("a").append(i).append(": ").append(copy).append(' ');
    }
    return document.append("}").toString();
  }

  /** A full page of 100 models, registering models until there are that many. */
  private static List<String> pageOfModels() {
    List<String> slugs =
        query("{ models(first: 100) { nodes { slug } } }").getList("data.models.nodes.slug");
    if (slugs.size() < 100) {
      String provider = Fixtures.organization("timing-" + Fixtures.unique());
      for (int i = slugs.size(); i < 100; i++) {
        Fixtures.openModel(provider, "timing-" + i + "-" + Fixtures.unique());
      }
      slugs = query("{ models(first: 100) { nodes { slug } } }").getList("data.models.nodes.slug");
    }
    return slugs;
  }

  /**
   * Times a document of {@code aliases} copies of {@code field}; with {@code ownDates}, each copy
   * asks about a date of its own, so no copy reuses the facts another loaded.
   */
  private void time(String name, int aliases, String field, List<String> slugs, boolean ownDates) {

    long cost = 0;
    List<Long> millis = new ArrayList<>();
    List<Long> cpuMillis = new ArrayList<>();
    for (int run = -2; run < RUNS; run++) {
      // A new date each run, so no verdict is answered from the cache.
      String on = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000)).toString();
      long start = System.nanoTime();
      long cpuStart = SERVER.getProcessCpuTime() - THREADS.getCurrentThreadCpuTime();
      String document = document(aliases, field, ownDates, random.nextInt(1000));
      JsonPath answer =
          field.contains("$models")
              ? query(document, "on", on, "models", slugs)
              : query(document, "on", on);
      long elapsed = (System.nanoTime() - start) / 1_000_000;
      long cpu =
          (SERVER.getProcessCpuTime() - THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      cost = answer.getLong("extensions.cost.requested");
      if (run >= 0) {
        millis.add(elapsed);
        cpuMillis.add(cpu);
      }
    }
    millis.sort(null);
    cpuMillis.sort(null);
    System.out.printf(
        "timing %-24s cost %6d  wall median %4d ms, max %4d ms  CPU median %4d ms, max %4d ms%n",
        name,
        cost,
        millis.get(RUNS / 2),
        millis.get(RUNS - 1),
        cpuMillis.get(RUNS / 2),
        cpuMillis.get(RUNS - 1));
  }
}
