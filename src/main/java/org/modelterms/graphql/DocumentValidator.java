package org.modelterms.graphql;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a document against the served schema before it runs, so that every validation error
 * carries the stable code {@code GRAPHQL_VALIDATION_FAILED} and a message in GraphQL's words
 * (graphql-java's own names its AST classes: "StringValue{value='ten'}"). Documents found valid are
 * remembered, as front ends send the same few again and again.
 */
final class DocumentValidator {

  static final String CODE = "GRAPHQL_VALIDATION_FAILED";

  private static final Pattern AST_VALUE =
      Pattern.compile(
          "(?:String|Int|Float|Boolean|Enum)Value\\{(?:name|value)=(?:'([^']*)'|([^}]*))\\}");
  private static final Pattern AST_TYPE =
      Pattern.compile("(?:an? )?'(String|Int|Float|Boolean|Enum|Object|Array|Null)Value'");
  private static final Pattern INTERNAL_CODE = Pattern.compile("SRGQL\\d+: ");
  private static final Map<String, String> AST_TYPES =
      Map.of(
          "String", "a string",
          "Int", "an integer",
          "Float", "a number",
          "Boolean", "a boolean",
          "Enum", "an enum value",
          "Object", "an input object",
          "Array", "a list",
          "Null", "null");

  private final Supplier<GraphQLSchema> schema;
  private final DocumentMemory<Boolean> valid = new DocumentMemory<>();

  DocumentValidator(Supplier<GraphQLSchema> schema) {
    this.schema = schema;
  }

  /** The errors of the document as GraphQL response errors; empty when it may run. */
  JsonArray errors(
      String query, Document document, String operationName, Map<String, Object> variables) {
    JsonArray errors = new JsonArray();
    if (valid.get(query) == null) {
      List<ValidationError> found =
          ParseAndValidate.validate(schema.get(), document, Locale.ENGLISH);
      for (ValidationError error : found) {
        errors.add(error(CODE, readable(error.getDescription()), error.getLocations()));
      }
      if (errors.isEmpty()) {
        valid.remember(query, Boolean.TRUE);
      }
    }
    if (errors.isEmpty()) {
      operationError(document, operationName).ifPresent(errors::add);
    }
    if (errors.isEmpty()) {
      for (ScalarChecks.Problem problem :
          ScalarChecks.problems(schema.get(), document, operationName, variables)) {
        errors.add(error(problem.code(), problem.message(), List.of()));
      }
    }
    return errors;
  }

  private static java.util.Optional<JsonObject> operationError(
      Document document, String operationName) {
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    if (operationName != null && !operationName.isBlank()) {
      boolean found = operations.stream().anyMatch(op -> operationName.equals(op.getName()));
      return found
          ? java.util.Optional.empty()
          : java.util.Optional.of(
              error(
                  "UNKNOWN_OPERATION",
                  "The document has no operation named \"" + operationName + "\".",
                  List.of()));
    }
    return operations.size() > 1
        ? java.util.Optional.of(
            error(
                "OPERATION_NAME_REQUIRED",
                "The document holds several operations: say which to run with operationName.",
                List.of()))
        : java.util.Optional.empty();
  }

  static String readable(String message) {
    String text = INTERNAL_CODE.matcher(message).replaceAll("");
    text =
        AST_VALUE
            .matcher(text)
            .replaceAll(
                m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
    text = AST_TYPE.matcher(text).replaceAll(m -> AST_TYPES.get(m.group(1)));
    return text.replace("an AST type of ", "");
  }

  private static JsonObject error(String code, String message, List<SourceLocation> locations) {
    JsonObject error = new JsonObject().put("message", message);
    if (locations != null && !locations.isEmpty()) {
      JsonArray at = new JsonArray();
      locations.forEach(
          l -> at.add(new JsonObject().put("line", l.getLine()).put("column", l.getColumn())));
      error.put("locations", at);
    }
    return error.put("extensions", new JsonObject().put("code", code));
  }
}
