package org.modelterms.graphql;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldArgumentEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.TypeUtil;
import graphql.util.TraversalControl;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Checks dates, times and big numbers, in literals and variables alike, before a document runs.
 * SmallRye GraphQL converts them only when a resolver is called and then reports a Java exception
 * ("java.time.format.DateTimeParseException: …", code "transform"); here the caller gets {@code
 * INVALID_ARGUMENT} and the argument's name. Every BigInteger of the schema is stored as a signed
 * 64-bit number, and a larger one would wrap round to another number when converted: it gets {@code
 * OUT_OF_RANGE} instead.
 */
final class ScalarChecks {

  /** A problem with an argument: its error code and what to tell the caller. */
  record Problem(String code, String message) {}

  /** A scalar this registry checks: how to recognise a valid value, and what to say if not. */
  private record Rule(Predicate<String> valid, String expected) {}

  private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal SMALLEST = BigDecimal.valueOf(Long.MIN_VALUE);

  private static final Map<String, Rule> RULES =
      Map.of(
          "Date", new Rule(s -> parses(s, LocalDate::parse), "a date as YYYY-MM-DD"),
          "DateTime",
              new Rule(
                  s -> parses(s, OffsetDateTime::parse), "a date and time as 2024-01-31T12:00:00Z"),
          "BigInteger", new Rule(ScalarChecks::wholeNumber, "a whole number"),
          "BigDecimal", new Rule(s -> parses(s, BigDecimal::new), "a number"));

  private ScalarChecks() {}

  /** The problems found, as messages; empty when every checked value is valid. */
  static List<Problem> problems(
      GraphQLSchema schema,
      Document document,
      String operationName,
      Map<String, Object> variables) {
    List<Problem> problems = new ArrayList<>();
    OperationDefinition operation = operation(document, operationName);
    if (operation == null) {
      return problems;
    }
    for (VariableDefinition definition : operation.getVariableDefinitions()) {
      GraphQLType named = schema.getType(TypeUtil.unwrapAll(definition.getType()).getName());
      if (!(named instanceof GraphQLInputType input)) {
        continue; // validation has reported it
      }
      GraphQLType declared = wrap(definition.getType(), input);
      if (variables.containsKey(definition.getName())) {
        checkValue(
            "$" + definition.getName(), declared, variables.get(definition.getName()), problems);
      }
    }
    try {
      visitArguments(schema, document, operation, variables, problems);
    } catch (RuntimeException e) {
      // The traverser coerces variables; one that does not fit its type stops it.
      problems.add(
          new Problem(
              "INVALID_ARGUMENT",
              "The variables do not fit the types the operation declares for them."));
    }
    return problems;
  }

  private static void visitArguments(
      GraphQLSchema schema,
      Document document,
      OperationDefinition operation,
      Map<String, Object> variables,
      List<Problem> problems) {
    QueryTraverser.newQueryTraverser()
        .schema(schema)
        .document(document)
        .operationName(operation.getName())
        .variables(variables)
        .build()
        .visitPreOrder(
            new QueryVisitorStub() {
              @Override
              public TraversalControl visitArgument(QueryVisitorFieldArgumentEnvironment env) {
                checkLiteral(
                    env.getArgument().getName(),
                    env.getGraphQLArgument().getType(),
                    env.getArgument().getValue(),
                    problems);
                return TraversalControl.CONTINUE;
              }
            });
  }

  private static OperationDefinition operation(Document document, String operationName) {
    for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
      if (operationName == null || operationName.isBlank() || operationName.equals(op.getName())) {
        return op;
      }
    }
    return null;
  }

  private static GraphQLType wrap(graphql.language.Type<?> ast, GraphQLInputType named) {
    if (ast instanceof graphql.language.NonNullType nonNull) {
      return GraphQLNonNull.nonNull(wrap(nonNull.getType(), named));
    }
    if (ast instanceof graphql.language.ListType list) {
      return GraphQLList.list(wrap(list.getType(), named));
    }
    return named;
  }

  private static void checkValue(
      String path, GraphQLType type, Object value, List<Problem> problems) {
    if (value == null || type == null) {
      return;
    }
    if (type instanceof GraphQLNonNull nonNull) {
      checkValue(path, nonNull.getWrappedType(), value, problems);
    } else if (type instanceof GraphQLList list) {
      if (value instanceof List<?> items) {
        for (int i = 0; i < items.size(); i++) {
          checkValue(path + "[" + i + "]", list.getWrappedType(), items.get(i), problems);
        }
      } else {
        checkValue(path, list.getWrappedType(), value, problems);
      }
    } else if (type instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
      object
          .getFieldDefinitions()
          .forEach(
              f ->
                  checkValue(
                      path + "." + f.getName(), f.getType(), fields.get(f.getName()), problems));
    } else if (type instanceof GraphQLScalarType scalar) {
      checkScalar(path, scalar, String.valueOf(value), problems);
    }
  }

  private static void checkLiteral(
      String path, GraphQLType type, Value<?> value, List<Problem> problems) {
    if (type instanceof GraphQLNonNull nonNull) {
      checkLiteral(path, nonNull.getWrappedType(), value, problems);
    } else if (type instanceof GraphQLList list) {
      if (value instanceof ArrayValue array) {
        array.getValues().forEach(v -> checkLiteral(path, list.getWrappedType(), v, problems));
      } else {
        checkLiteral(path, list.getWrappedType(), value, problems);
      }
    } else if (type instanceof GraphQLInputObjectType object
        && value instanceof ObjectValue fields) {
      for (ObjectField field : fields.getObjectFields()) {
        if (object.getField(field.getName()) != null) {
          checkLiteral(
              path + "." + field.getName(),
              object.getField(field.getName()).getType(),
              field.getValue(),
              problems);
        }
      }
    } else if (type instanceof GraphQLScalarType scalar && value instanceof StringValue text) {
      checkScalar(path, scalar, text.getValue(), problems);
    } else if (type instanceof GraphQLScalarType scalar && value instanceof IntValue number) {
      checkScalar(path, scalar, number.getValue().toString(), problems);
    }
  }

  private static void checkScalar(
      String path, GraphQLScalarType scalar, String value, List<Problem> problems) {
    Rule rule = RULES.get(scalar.getName());
    if (rule != null && !rule.valid().test(value)) {
      problems.add(
          new Problem(
              "INVALID_ARGUMENT",
              "`" + path + "` must be " + rule.expected() + "; \"" + value + "\" is not."));
    } else if (rule != null && scalar.getName().equals("BigInteger")) {
      BigDecimal number = new BigDecimal(value);
      if (number.compareTo(LARGEST) > 0 || number.compareTo(SMALLEST) < 0) {
        problems.add(
            new Problem(
                "OUT_OF_RANGE",
                "`"
                    + path
                    + "` is too "
                    + (number.signum() > 0 ? "large" : "small")
                    + ": the registry takes whole numbers from "
                    + Long.MIN_VALUE
                    + " to "
                    + Long.MAX_VALUE
                    + "; \""
                    + value
                    + "\" is not."));
      }
    }
  }

  /**
   * A whole number, however written: JSON parsers may give 1e26 for 100000000000000000000000000.
   */
  private static boolean wholeNumber(String text) {
    try {
      BigDecimal number = new BigDecimal(text);
      return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether the parser accepts the text. */
  private static boolean parses(String text, Consumer<String> parser) {
    try {
      parser.accept(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
