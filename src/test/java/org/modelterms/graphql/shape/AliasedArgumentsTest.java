package org.modelterms.graphql.shape;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.modelterms.testing.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.modelterms.graphql.shape.Documents.Call;
import org.modelterms.graphql.shape.Documents.Request;
import org.modelterms.graphql.shape.Documents.Step;
import org.modelterms.graphql.shape.Documents.Style;
import org.modelterms.graphql.shape.ServedSchema.Field;
import org.modelterms.graphql.shape.ServedSchema.Type;
import org.modelterms.testing.Fixtures;
import org.modelterms.testing.PolicyFixtures;
import org.modelterms.testing.TestIdentities;

/**
 * An answer does not depend on the shape of the question: every field of the served schema that
 * takes arguments, asked two or three times in one document under aliases with other argument
 * values (as literals, as variables, through named and inline fragments), answers each alias what
 * the same field answers asked alone. The fields come from introspection, so a field added later is
 * covered without touching this test; each is reached by the shortest path of fields from the query
 * root, and also under a list where a path through one exists. Arguments are drawn at random from
 * the registry's own data; the seed is printed and can be fixed with {@code -Dshape.seed=...}.
 */
@QuarkusTest
class AliasedArgumentsTest {

  private static final int ROUNDS = Integer.getInteger("shape.rounds", 2);
  private static final int ALIASES = 3;
  private static final int MAX_DEPTH = 3;
  private static final int DRAWS = 12;

  private ServedSchema schema;
  private DrawnArguments values;
  private Documents documents;
  private final long seed = Long.getLong("shape.seed", System.nanoTime());
  private final Map<String, JsonPath> answersAlone = new HashMap<>();
  private String lastErrors;

  /** Read here, not in a {@code @BeforeAll}: the test port is known only once a test runs. */
  private void readSchema() {
    documentWithTexts();
    schema = new ServedSchema(query(ServedSchema.INTROSPECTION));
    values = new DrawnArguments(schema);
    documents = new Documents(schema);
  }

  @Test
  void everyAliasIsAnsweredAsIfAskedAlone() {
    readSchema();
    Random random = new Random(seed);
    List<Field> fields = schema.fieldsWithArguments();
    assertThat(fields)
        .as("fields with arguments found by introspection")
        .extracting(Field::coordinates)
        .contains("Model.osaid", "Model.usePermission", "Model.useTerms", "Query.usePermission");
    Map<String, Integer> answered = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Field field : fields) {
      List<List<Step>> paths = paths(field.owner());
      assertThat(paths).as("a path from the query root to " + field.owner()).isNotEmpty();
      for (List<Step> path : paths) {
        cursorsFor(path, field);
        for (int round = 0; round < ROUNDS; round++) {
          for (Style style : Style.values()) {
            List<Call> calls = calls(path, field, random, failures);
            if (calls.size() < 2) {
              failures.add(
                  field.coordinates()
                      + ": fewer than two argument sets answered without errors, e.g. "
                      + lastErrors);
              continue;
            }
            answered.merge(
                field.coordinates(), compare(path, field, calls, style, failures), Integer::sum);
          }
        }
      }
    }
    assertThat(failures)
        .as("aliases answered unlike the same field asked alone (seed " + seed + ")")
        .isEmpty();
    assertThat(answered)
        .as("every field answered at least one alias with data (seed " + seed + ")")
        .allSatisfy((field, count) -> assertThat(count).as(field).isPositive());
  }

  /**
   * Different argument values for each alias, the first with only the required ones. A draw whose
   * answer alone has errors is drawn again: an error on a non-null field empties its parent, so it
   * would also empty its siblings' answers, as the GraphQL specification asks. Internal errors are
   * recorded as failures.
   */
  private List<Call> calls(List<Step> path, Field field, Random random, List<String> failures) {
    List<Call> calls = new ArrayList<>();
    Set<Map<String, Object>> drawn = new HashSet<>();
    for (int i = 0; i < ALIASES; i++) {
      String alias = "asked" + i;
      for (int tries = 0; tries < DRAWS; tries++) {
        Map<String, Object> arguments = values.draw(field, random, i > 0 || tries > 0);
        if (!drawn.add(arguments)) {
          continue;
        }
        Call call = new Call(alias, arguments);
        JsonPath answer = alone(path, field, call);
        List<String> errors = errors(answer, alias);
        if (errors.stream().anyMatch(error -> error.endsWith("INTERNAL_ERROR"))) {
          failures.add(
              "internal error: "
                  + documents.alone(path, field, call).document()
                  + "\n  "
                  + answer.getList("errors"));
        }
        if (answer.getList("errors") == null) {
          calls.add(call);
          break;
        }
        lastErrors = documents.alone(path, field, call).document() + " " + answer.getList("errors");
      }
    }
    return calls;
  }

  private JsonPath alone(List<Step> path, Field field, Call call) {
    Request alone = documents.alone(path, field, call);
    return answersAlone.computeIfAbsent(alone.document(), d -> send(alone));
  }

  /**
   * The curated dataset holds no texts of versions, and a diff needs two: a document of the test's
   * own gives {@code PolicyVersion.diff} answers to compare.
   */
  private static void documentWithTexts() {
    String slug = PolicyFixtures.document("shape-" + Fixtures.unique(), "USE_POLICY", Map.of());
    String[] texts = {
      "You may use it.\nDo not harm.", "You may use it.\nDo not harm anyone.", "Use it freely."
    };
    for (int i = 0; i < texts.length; i++) {
      PolicyFixtures.version(slug, "v" + i, "202" + (3 + i) + "-01-01", List.of(), texts[i]);
    }
  }

  /**
   * Asks the calls together and each alone; records any difference. Returns how many aliases were
   * answered with data somewhere, so a test that only ever compares nulls is noticed.
   */
  private int compare(
      List<Step> path, Field field, List<Call> calls, Style style, List<String> failures) {
    Request together = documents.together(path, field, calls, style);
    JsonPath both = send(together);
    List<?> documentErrors = documentErrors(both);
    if (!documentErrors.isEmpty()) {
      failures.add(style + " document refused: " + documentErrors + "\n" + together.document());
      return 0;
    }
    Set<String> aliases = calls.stream().map(Call::alias).collect(Collectors.toSet());
    int withData = 0;
    for (Call call : calls) {
      Request alone = documents.alone(path, field, call);
      JsonPath single = alone(path, field, call);
      Set<String> others = new HashSet<>(aliases);
      others.remove(call.alias());
      Object expected = single.get("data");
      Object actual = without(both.get("data"), others);
      List<String> expectedErrors = errors(single, call.alias());
      List<String> actualErrors = errors(both, call.alias());
      if (!Objects.equals(expected, actual) || !expectedErrors.equals(actualErrors)) {
        failures.add(
            field.coordinates()
                + " as "
                + call.alias()
                + " ("
                + style
                + "):\n  together: "
                + together.document()
                + "\n  variables: "
                + together.variables()
                + "\n  answered: "
                + actual
                + " "
                + actualErrors
                + "\n  alone: "
                + alone.document()
                + "\n  answered: "
                + expected
                + " "
                + expectedErrors);
      }
      if (hasValue(expected, call.alias())) {
        withData++;
      }
    }
    return withData;
  }

  private static JsonPath send(Request request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", request.document());
    body.put("variables", request.variables());
    return given()
        .header("Authorization", TestIdentities.bearer("test-reader", "reader"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/graphql")
        .then()
        .extract()
        .jsonPath();
  }

  private static List<?> documentErrors(JsonPath response) {
    List<Map<String, Object>> errors = response.getList("errors");
    if (errors == null) {
      return List.of();
    }
    return errors.stream().filter(e -> e.get("path") == null).collect(Collectors.toList());
  }

  /** The errors under an alias, by path and code (messages may carry incident ids). */
  private static List<String> errors(JsonPath response, String alias) {
    List<Map<String, Object>> errors = response.getList("errors");
    if (errors == null) {
      return List.of();
    }
    return errors.stream()
        .filter(e -> e.get("path") instanceof List<?> p && p.contains(alias))
        .map(
            e ->
                e.get("path")
                    + " "
                    + ((Map<?, ?>) e.getOrDefault("extensions", Map.of())).get("code"))
        .sorted()
        .collect(Collectors.toList());
  }

  /** The answer with the other aliases' entries taken out. */
  private static Object without(Object json, Set<String> aliases) {
    if (json instanceof Map<?, ?> map) {
      Map<Object, Object> kept = new LinkedHashMap<>();
      map.forEach(
          (key, value) -> {
            if (!aliases.contains(key)) {
              kept.put(key, without(value, aliases));
            }
          });
      return kept;
    }
    if (json instanceof List<?> list) {
      return list.stream().map(item -> without(item, aliases)).collect(Collectors.toList());
    }
    return json;
  }

  private static boolean hasValue(Object json, String alias) {
    if (json instanceof Map<?, ?> map) {
      if (map.get(alias) != null) {
        return true;
      }
      return map.values().stream().anyMatch(value -> hasValue(value, alias));
    }
    if (json instanceof List<?> list) {
      return list.stream().anyMatch(item -> hasValue(item, alias));
    }
    return false;
  }

  /**
   * For a field with an {@code after} argument: the first cursors it pages through (none for an
   * empty connection, and then {@code after} is not asked).
   */
  private void cursorsFor(List<Step> path, Field field) {
    if (field.arguments().stream().noneMatch(a -> a.name().equals("after"))) {
      return;
    }
    Call first = new Call("page", Map.of("first", 2));
    Request request =
        new Request(
            documents
                .alone(path, field, first)
                .document()
                .replace(documents.selection(field.type()), "{ edges { cursor } }"),
            Map.of());
    List<Object> cursors = new ArrayList<>();
    collect(send(request).get("data"), "cursor", cursors);
    values.cursors(cursors);
  }

  private static void collect(Object json, String key, List<Object> found) {
    if (json instanceof Map<?, ?> map) {
      map.forEach(
          (name, value) -> {
            if (name.equals(key) && value != null) {
              found.add(value);
            } else {
              collect(value, key, found);
            }
          });
    } else if (json instanceof List<?> list) {
      list.forEach(item -> collect(item, key, found));
    }
  }

  /**
   * The shortest path of fields from the query root to a type, and the shortest that passes through
   * a list, where they differ. Connections are followed before other fields, so a model is reached
   * through {@code models { nodes } }.
   */
  private List<List<Step>> paths(String typeName) {
    if (typeName.equals(schema.queryType)) {
      return List.of(List.of());
    }
    List<Step> single = null;
    List<Step> underList = null;
    Deque<List<Step>> queue = new ArrayDeque<>();
    queue.add(List.of());
    while (!queue.isEmpty() && (single == null || underList == null)) {
      List<Step> path = queue.poll();
      String at =
          path.isEmpty() ? schema.queryType : path.get(path.size() - 1).field().type().named();
      if (at.equals(typeName) && !path.isEmpty()) {
        boolean list = path.stream().anyMatch(step -> step.field().type().list());
        if (list && underList == null) {
          underList = path;
        } else if (!list && single == null) {
          single = path;
        }
        continue;
      }
      if (path.size() == MAX_DEPTH) {
        continue;
      }
      Type type = schema.type(at);
      type.fields().stream()
          .filter(f -> schema.type(f.type().named()).kind().equals("OBJECT"))
          .sorted(Comparator.comparing(f -> f.type().named().endsWith("Connection") ? 0 : 1))
          .forEach(
              f -> {
                List<Step> longer = new ArrayList<>(path);
                longer.add(new Step(f, values.fixed(f)));
                queue.add(longer);
              });
    }
    List<List<Step>> paths = new ArrayList<>();
    if (single != null) {
      paths.add(single);
    }
    if (underList != null) {
      paths.add(underList);
    }
    return paths;
  }
}
