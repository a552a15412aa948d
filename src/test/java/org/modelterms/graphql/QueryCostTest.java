package org.modelterms.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeUtil;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.smallrye.config.WithDefault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cost of documents, counted against the published schema without running them. */
class QueryCostTest {

  /** The published schema; it leaves out the declarations of SmallRye's own scalars. */
  private static final GraphQLSchema SCHEMA = published();

  private static GraphQLSchema published() {
    try {
      String schema = Files.readString(Path.of("schema.graphql"));
      return UnExecutableSchemaGenerator.makeUnExecutableSchema(
          new SchemaParser().parse(schema + "\nscalar Date scalar DateTime scalar BigInteger\n"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final String VERDICTS =
      "models(first: 100) { nodes { useTerms { explanation } } }";

  private static long cost(String document, String operationName, Map<String, Object> variables) {
    return new QueryCost(SCHEMA).of(Parser.parse(document), operationName, variables);
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        row("one object", "{ model(slug: \"x\") { slug name } }", Map.of(), 1),
        row("scalars at the root cost nothing", "{ __typename }", Map.of(), 0),
        row(
            "introspection counts each object once",
            "{ __schema { types { name fields { name } } } }",
            Map.of(),
            3),
        row("a page of verdicts: 1 + 100 + 100 x 11", "{ " + VERDICTS + " }", Map.of(), 1201),
        row("15 aliases of it", "{ " + aliases(15, VERDICTS) + " }", Map.of(), 15 * 1201),
        row("no first: the default page", "{ models { nodes { slug } } }", Map.of(), 21),
        row("first above the maximum", "{ models(first: 500) { nodes { slug } } }", Map.of(), 101),
        row("first: 0", "{ models(first: 0) { nodes { slug } } }", Map.of(), 1),
        row(
            "scalars and lists of scalars are free",
            "{ licenses(first: 100) { totalCount nodes { name huggingFaceTags } } }",
            Map.of(),
            101),
        row(
            "edges and their nodes, pageInfo once",
            "{ models(first: 10) { totalCount pageInfo { hasNextPage }"
                + " edges { cursor node { slug provider { name } } } } }",
            Map.of(),
            1 + 1 + 10 + 10 + 10),
        row(
            "nested connections multiply",
            "{ organizations(first: 10) { nodes { models(first: 5) {"
                + " nodes { useTerms { verdict } } } } } }",
            Map.of(),
            1 + 10 + 10 + 50 + 550),
        row(
            "first from a variable",
            "query Q($n: Int) { models(first: $n) { nodes { slug } } }",
            Map.of("n", 5),
            6),
        row(
            "first from a variable's default",
            "query Q($n: Int = 7) { models(first: $n) { nodes { slug } } }",
            Map.of(),
            8),
        row(
            "a variable sent as null",
            "query Q($n: Int = 7) { models(first: $n) { nodes { slug } } }",
            nullVariable("n"),
            21),
        row(
            "a fragment, spread under pages of two sizes",
            "{ a: models(first: 2) { nodes { ...M } } b: models(first: 3) { nodes { ...M } } }"
                + " fragment M on Model { provider { name } license { name } }",
            Map.of(),
            (1 + 2 + 4) + (1 + 3 + 6)),
        row(
            "a fragment on the connection takes each page's size",
            "{ a: models(first: 2) { ...C } b: models(first: 3) { ...C } }"
                + " fragment C on ModelConnection { nodes { provider { name } } }",
            Map.of(),
            (1 + 2 + 2) + (1 + 3 + 3)),
        row(
            "an inline fragment on the node interface",
            "{ node(id: \"x\") { id ... on Model { useTerms { verdict } } } }",
            Map.of(),
            1 + 11),
        row(
            "a report: rows for the models, permissions for the uses",
            "{ complianceReport(models: [\"a\", \"b\", \"c\"], uses: [MILITARY, RESEARCH])"
                + " { on rows { model { slug } permissions { verdict } } } }",
            Map.of(),
            1 + 3 + 3 + 6),
        row(
            "a report for every use when none is named",
            "{ complianceReport(models: [\"a\", \"b\", \"c\"])"
                + " { rows { model { slug } permissions { verdict } } } }",
            Map.of(),
            1 + 3 + 3 + 33),
        row(
            "a report's lists from variables",
            "query R($m: [String!]!, $u: [UseCategory]) { complianceReport(models: $m, uses: $u)"
                + " { rows { permissions { verdict } } } }",
            Map.of("m", List.of("a", "b", "c", "d"), "u", Set.of("MILITARY", "RESEARCH")),
            1 + 4 + 8),
        row(
            "a bill of materials: as many components as a report's rows, verdicts for the uses",
            "{ bomCheck(document: \"x\", uses: [MILITARY, RESEARCH])"
                + " { components { ref verdicts { verdict permission { model { slug } } } } } }",
            Map.of(),
            1 + 100 + 200 + 200 + 200),
        row(
            "an export: every use's verdict of each model it holds",
            "{ modelsBom(models: [\"a\", \"b\"], format: CYCLONEDX_JSON) { content } }",
            Map.of(),
            2 * 11 + 1),
        row(
            "a model's own export: every use's verdict, per model of the page",
            "{ models(first: 3) { nodes { slug bom(format: SPDX_JSON) } } }",
            Map.of(),
            1 + 3 + 3 * 11),
        row(
            "one model for a list of one",
            "{ complianceReport(models: \"a\") { rows { model { useTerms { verdict } } } } }",
            Map.of(),
            1 + 1 + 1 + 11),
        row(
            "a mutation's payload",
            "mutation { modelRegister(input: { slug: \"x\" })"
                + " { model { slug } userErrors { code } } }",
            Map.of(),
            3),
        row(
            "a list whose size only the data knows counts once per parent",
            "{ models(first: 10) { nodes { components { licenses { name } } } } }",
            Map.of(),
            1 + 10 + 10 + 10));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void costs(String name, String document, Map<String, Object> variables, long expected) {
    assertThat(cost(document, null, variables)).isEqualTo(expected);
  }

  @Test
  void theOperationThatRunsIsCounted() {
    String two =
        "query A { models(first: 1) { nodes { slug } } }"
            + " query B { models(first: 50) { nodes { slug } } }";
    assertThat(cost(two, "A", Map.of())).isEqualTo(2);
    assertThat(cost(two, "B", Map.of())).isEqualTo(51);
    assertThat(cost(two, null, Map.of())).isEqualTo(51);
  }

  @Test
  void aFragmentSpreadOverAndOverIsWalkedOnce() {
    // Each level spreads the one below twice: 2^30 objects, counted in a moment.
    StringBuilder document = new StringBuilder("{ model(slug: \"x\") { ...F0 } }");
    for (int i = 0; i < 30; i++) {
      document.append(" fragment F").append(i).append(" on Model { provider { name }");
      document.append(" ...F").append(i + 1).append(" ... on Model { ...F").append(i + 1);
      document.append(" } }");
    }
    document.append(" fragment F30 on Model { license { name } }");
    assertThat(cost(document.toString(), null, Map.of())).isEqualTo((1L << 31) - 1 + 1);
  }

  @Test
  void aCostBeyondCountingSaturates() {
    String level = "models(first: 100) { nodes { provider { %s } } }";
    String document = "name";
    for (int i = 0; i < 12; i++) {
      document = level.formatted(document);
    }
    assertThat(cost("{ organization(slug: \"x\") { " + document + " } }", null, Map.of()))
        .isEqualTo(Long.MAX_VALUE);
  }

  /**
   * The operations the docs publish, the README shows and the benchmark sends stay within the
   * default limit, with every page at its largest and every list of models full.
   */
  @Test
  void documentedAndBenchmarkedOperationsStayWithinTheDefaultLimit() throws Exception {
    long limit =
        Long.parseLong(
            GraphQLConfig.class.getMethod("maxCost").getAnnotation(WithDefault.class).value());
    List<Path> files = new ArrayList<>();
    for (String directory : List.of("docs/queries", "bench/queries")) {
      try (Stream<Path> listed = Files.list(Path.of(directory))) {
        listed
            .filter(p -> !p.getFileName().toString().startsWith("postgraphile-"))
            .forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path file : files) {
      long worst = worstCost(Files.readString(file));
      System.out.printf("cost %6d  %s%n", worst, file);
      assertThat(worst).as(file.toString()).isBetween(1L, limit);
    }
    Matcher readme =
        Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("README.md")));
    while (readme.find()) {
      long worst = worstCost(readme.group(1));
      System.out.printf("cost %6d  README.md example%n", worst);
      assertThat(worst).as(readme.group(1)).isBetween(1L, limit);
    }
  }

  private static long worstCost(String text) {
    var document = Parser.parse(text);
    long worst = 0;
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      Map<String, Object> variables = new HashMap<>();
      for (VariableDefinition variable : operation.getVariableDefinitions()) {
        variables.put(variable.getName(), largest(variable.getType()));
      }
      worst = Math.max(worst, new QueryCost(SCHEMA).of(document, operation.getName(), variables));
    }
    return worst;
  }

  /** The largest value a variable of this type may usefully hold: each use once, 100 of others. */
  private static Object largest(Type<?> type) {
    if (type instanceof NonNullType required) {
      return largest(required.getType());
    }
    String named = TypeUtil.unwrapAll(type).getName();
    if (type instanceof ListType list) {
      int items =
          named.equals("UseCategory")
              ? ((GraphQLEnumType) SCHEMA.getType("UseCategory")).getValues().size()
              : 100;
      return Collections.nCopies(items, largest(list.getType()));
    }
    return named.equals("Int") ? 100 : "x";
  }

  private static Arguments row(
      String name, String document, Map<String, Object> variables, long expected) {
    return Arguments.of(name, document, variables, expected);
  }

  private static String aliases(int count, String field) {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < count; i++) {
      fields.append("a").append(i).append(": ").append(field).append(' ');
    }
    return fields.toString();
  }

  private static Map<String, Object> nullVariable(String name) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(name, null);
    return variables;
  }
}
