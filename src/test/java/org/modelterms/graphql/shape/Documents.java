package org.modelterms.graphql.shape;

import static org.modelterms.graphql.shape.DrawnArguments.literal;
import static org.modelterms.graphql.shape.DrawnArguments.variable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.modelterms.graphql.shape.ServedSchema.Argument;
import org.modelterms.graphql.shape.ServedSchema.Field;
import org.modelterms.graphql.shape.ServedSchema.Type;
import org.modelterms.graphql.shape.ServedSchema.TypeRef;

/**
 * Writes the documents of the test: a field asked under several aliases, with its arguments as
 * literals, as variables or inside fragments, on the way to its type that a path of fields gives.
 */
final class Documents {

  /** How the aliased calls are written. */
  enum Style {
    LITERALS,
    VARIABLES,
    FRAGMENTS
  }

  /** A field on the way to the type under test, with the arguments it is called with. */
  record Step(Field field, Map<String, Object> arguments) {}

  /** One aliased call of the field under test. */
  record Call(String alias, Map<String, Object> arguments) {}

  /** A document and its variables. */
  record Request(String document, Map<String, Object> variables) {}

  private static final int LEAVES = 12;
  private static final int NESTED_LEAVES = 5;
  private static final int NESTED = 4;

  private final ServedSchema schema;

  Documents(ServedSchema schema) {
    this.schema = schema;
  }

  /** The calls in one document, written in one style. */
  Request together(List<Step> path, Field field, List<Call> calls, Style style) {
    Map<String, Object> variables = new LinkedHashMap<>();
    List<String> definitions = new ArrayList<>();
    List<String> fragments = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < calls.size(); i++) {
      Call call = calls.get(i);
      switch (style) {
        case LITERALS -> body.append(call(field, call, null, null));
        case VARIABLES -> body.append(call(field, call, variables, definitions));
        case FRAGMENTS -> {
          switch (i % 3) {
            case 0 -> {
              String name = "Asked" + i;
              fragments.add(
                  "fragment "
                      + name
                      + " on "
                      + field.owner()
                      + " { "
                      + call(field, call, null, null)
                      + " }");
              body.append("...").append(name).append(' ');
            }
            case 1 ->
                body.append("... on ")
                    .append(field.owner())
                    .append(" { ")
                    .append(call(field, call, variables, definitions))
                    .append(" } ");
            default -> body.append(call(field, call, null, null));
          }
        }
      }
    }
    String operation =
        "query"
            + (definitions.isEmpty()
                ? ""
                : definitions.stream().collect(Collectors.joining(", ", "(", ")")))
            + " { "
            + wrap(path, body.toString())
            + " }";
    return new Request(
        fragments.isEmpty() ? operation : operation + "\n" + String.join("\n", fragments),
        variables);
  }

  /** One call alone, with literal arguments. */
  Request alone(List<Step> path, Field field, Call call) {
    return new Request("{ " + wrap(path, call(field, call, null, null)) + " }", Map.of());
  }

  private String wrap(List<Step> path, String inner) {
    String text = inner;
    for (int i = path.size() - 1; i >= 0; i--) {
      Step step = path.get(i);
      text = step.field().name() + arguments(step.arguments()) + " { " + text + " }";
    }
    return text;
  }

  private String call(
      Field field, Call call, Map<String, Object> variables, List<String> definitions) {
    String arguments;
    if (variables == null) {
      arguments = arguments(call.arguments());
    } else {
      List<String> written = new ArrayList<>();
      for (Argument argument : field.arguments()) {
        if (call.arguments().containsKey(argument.name())) {
          String name = call.alias() + "_" + argument.name();
          definitions.add("$" + name + ": " + argument.type().written());
          variables.put(name, variable(call.arguments().get(argument.name())));
          written.add(argument.name() + ": $" + name);
        }
      }
      arguments = written.isEmpty() ? "" : "(" + String.join(", ", written) + ")";
    }
    return call.alias() + ": " + field.name() + arguments + " " + selection(field.type()) + " ";
  }

  private static String arguments(Map<String, Object> arguments) {
    if (arguments.isEmpty()) {
      return "";
    }
    return arguments.entrySet().stream()
        .map(entry -> entry.getKey() + ": " + literal(entry.getValue()))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /** The leaves of a type, and the leaves of its fields' types one level down. */
  String selection(TypeRef type) {
    if (schema.isLeaf(type)) {
      return "";
    }
    Type named = schema.type(type.named());
    List<String> parts = new ArrayList<>(leaves(named, LEAVES));
    int nested = 0;
    for (Field field : named.fields()) {
      if (nested < NESTED && field.arguments().isEmpty() && !schema.isLeaf(field.type())) {
        Type inner = schema.type(field.type().named());
        List<String> leaves = leaves(inner, NESTED_LEAVES);
        if (!leaves.isEmpty()) {
          parts.add(field.name() + " { " + String.join(" ", leaves) + " }");
          nested++;
        }
      }
    }
    return "{ " + String.join(" ", parts) + " }";
  }

  private List<String> leaves(Type type, int limit) {
    List<String> leaves = new ArrayList<>();
    leaves.add("__typename");
    if (type.fields() == null) {
      return leaves;
    }
    for (Field field : type.fields()) {
      if (leaves.size() <= limit
          && field.arguments().isEmpty()
          && schema.isLeaf(field.type())
          && !field.name().equals("text")) {
        leaves.add(field.name());
      }
    }
    return leaves;
  }
}
