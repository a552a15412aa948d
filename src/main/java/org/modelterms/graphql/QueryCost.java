package org.modelterms.graphql;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one operation may cost the registry, counted before it runs as GitHub's GraphQL API counts
 * nodes: every object a field may return counts once for each row above it. A connection's {@code
 * first} (its default when absent, capped at its maximum) multiplies its {@code nodes} and {@code
 * edges} and everything below them; so do the lists whose size the request states: {@code useTerms}
 * (one verdict per use category) and a compliance report's rows ({@code models}) and permissions
 * ({@code uses}, all categories when absent), and a bill-of-materials check's components (as many
 * as a report's most rows, the document being unread) and their verdicts ({@code uses}). A scalar
 * field costs nothing beyond the object it is read from; a list whose size only the data knows
 * counts as one object. Directives are not evaluated, so a skipped field still counts. Variables
 * are read from the request.
 */
public final class QueryCost {

  static final int DEFAULT_PAGE = 20;
  static final int MAX_PAGE = 100;
  static final int MAX_REPORT_MODELS = 100;

  private final GraphQLSchema schema;
  private final long useCategories;

  public QueryCost(GraphQLSchema schema) {
    this.schema = schema;
    this.useCategories =
        schema.getType("UseCategory") instanceof GraphQLEnumType uses ? uses.getValues().size() : 1;
  }

  /**
   * The cost of the operation that would run: the one named, the only one, or the costliest when
   * several are sent unnamed (the request is refused later anyway).
   */
  public long of(Document document, String operationName, Map<String, Object> variables) {
    Map<String, FragmentDefinition> fragments = new HashMap<>();
    document
        .getDefinitionsOfType(FragmentDefinition.class)
        .forEach(f -> fragments.put(f.getName(), f));
    long cost = 0;
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      boolean named = operationName != null && !operationName.isBlank();
      if (named && !operationName.equals(operation.getName())) {
        continue;
      }
      Walk walk = new Walk(fragments, new Arguments(operation, variables));
      cost =
          Math.max(
              cost,
              walk.selections(
                  operation.getSelectionSet(), root(operation), 1, Known.NOTHING, new HashSet<>()));
    }
    return cost;
  }

  private GraphQLType root(OperationDefinition operation) {
    return switch (operation.getOperation()) {
      case MUTATION -> schema.getMutationType();
      case SUBSCRIPTION -> schema.getSubscriptionType();
      default -> schema.getQueryType();
    };
  }

  /** Sizes set by a field for the lists below it: a connection's page, a report's rows and uses. */
  private record Known(long page, long reportRows, long reportUses) {
    static final Known NOTHING = new Known(1, 1, 1);
  }

  private record Spread(String fragment, Known known) {}

  private final class Walk {
    final Map<String, FragmentDefinition> fragments;
    final Arguments arguments;
    final Map<Spread, Long> perRow = new HashMap<>();

    Walk(Map<String, FragmentDefinition> fragments, Arguments arguments) {
      this.fragments = fragments;
      this.arguments = arguments;
    }

    long selections(
        SelectionSet set, GraphQLType parent, long rows, Known known, Set<String> spreading) {
      long cost = 0;
      for (Selection<?> selection : set.getSelections()) {
        if (selection instanceof Field field) {
          cost = plus(cost, field(field, parent, rows, known, spreading));
        } else if (selection instanceof InlineFragment inline) {
          GraphQLType on =
              inline.getTypeCondition() == null
                  ? parent
                  : schema.getType(inline.getTypeCondition().getName());
          cost = plus(cost, selections(inline.getSelectionSet(), on, rows, known, spreading));
        } else if (selection instanceof FragmentSpread spread) {
          cost = plus(cost, times(rows, spread(spread.getName(), known, spreading)));
        }
      }
      return cost;
    }

    /**
     * A fragment's cost for one row, remembered: the cost below a row does not depend on the rows
     * above it, so a fragment spread many times is walked once and cannot make the walk
     * exponential.
     */
    private long spread(String name, Known known, Set<String> spreading) {
      FragmentDefinition fragment = fragments.get(name);
      Spread key = new Spread(name, known);
      Long remembered = perRow.get(key);
      if (remembered != null) {
        return remembered;
      }
      if (fragment == null || !spreading.add(name)) {
        return 0; // unknown or cyclic: validation refuses the document
      }
      GraphQLType on = schema.getType(fragment.getTypeCondition().getName());
      long cost = selections(fragment.getSelectionSet(), on, 1, known, spreading);
      spreading.remove(name);
      perRow.put(key, cost);
      return cost;
    }

    private long field(
        Field field, GraphQLType parent, long rows, Known known, Set<String> spreading) {
      long work = times(rows, exports(field, parent));
      if (field.getSelectionSet() == null) {
        return work; // a scalar or enum, read from the object already counted
      }
      GraphQLFieldDefinition definition =
          parent instanceof GraphQLFieldsContainer container
              ? container.getFieldDefinition(field.getName())
              : null;
      GraphQLType type =
          definition == null ? null : GraphQLTypeUtil.unwrapAll(definition.getType());
      long returned = times(rows, items(parent, definition, known));
      Known below = known;
      String typeName = type == null ? "" : GraphQLTypeUtil.simplePrint(type);
      if (typeName.endsWith("Connection")) {
        below = new Known(arguments.page(field), known.reportRows(), known.reportUses());
      } else if (typeName.equals("ComplianceReport")) {
        below = new Known(known.page(), arguments.reportRows(field), reportUses(field));
      } else if (typeName.equals("BomCheck")) {
        // The document's components are known only once it is read: as many as a report's.
        below = new Known(known.page(), MAX_REPORT_MODELS, reportUses(field));
      }
      return plus(
          plus(work, returned),
          selections(field.getSelectionSet(), type, returned, below, spreading));
    }

    /**
     * What a bill-of-materials export computes beside the objects it returns: every use's verdict
     * of each model it holds, written into one string.
     */
    private long exports(Field field, GraphQLType parent) {
      if (parent == null) {
        return 0; // below a field the schema does not know (introspection's): nothing exported
      }
      String coordinates = GraphQLTypeUtil.simplePrint(parent) + "." + field.getName();
      return switch (coordinates) {
        case "Model.bom" -> useCategories;
        case "Query.modelsBom" -> times(arguments.reportRows(field), useCategories);
        default -> 0;
      };
    }

    /** How many objects the field returns for each parent. */
    private long items(GraphQLType parent, GraphQLFieldDefinition definition, Known known) {
      if (definition == null
          || !GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))) {
        return 1;
      }
      String coordinates = GraphQLTypeUtil.simplePrint(parent) + "." + definition.getName();
      if (GraphQLTypeUtil.simplePrint(parent).endsWith("Connection")) {
        return known.page(); // nodes, edges
      }
      return switch (coordinates) {
        case "Model.useTerms" -> useCategories;
        case "ComplianceReport.rows" -> known.reportRows();
        case "ComplianceRow.permissions" -> known.reportUses();
        case "BomCheck.components" -> known.reportRows();
        case "BomComponentCheck.verdicts" -> known.reportUses();
        default -> 1;
      };
    }

    private long reportUses(Field report) {
      Long asked = arguments.listSize(report, "uses");
      return asked == null || asked == 0 ? useCategories : asked;
    }
  }

  /** Argument values of one operation, variables resolved (their defaults when not sent). */
  private static final class Arguments {
    final Map<String, Object> variables;
    final Map<String, Value<?>> defaults = new HashMap<>();

    Arguments(OperationDefinition operation, Map<String, Object> variables) {
      this.variables = variables == null ? Map.of() : variables;
      for (VariableDefinition definition : operation.getVariableDefinitions()) {
        if (definition.getDefaultValue() != null) {
          defaults.put(definition.getName(), definition.getDefaultValue());
        }
      }
    }

    long page(Field connection) {
      Object first = value(connection, "first");
      if (first == null) {
        return DEFAULT_PAGE;
      }
      if (first instanceof Number number) {
        return Math.max(0, Math.min(MAX_PAGE, Math.round(number.doubleValue())));
      }
      return DEFAULT_PAGE; // not a number: validation refuses the request
    }

    long reportRows(Field report) {
      Long size = listSize(report, "models");
      return size == null ? 0 : Math.min(MAX_REPORT_MODELS, size);
    }

    /** The number of items a list argument holds; null when it is absent or null. */
    Long listSize(Field field, String name) {
      Object value = value(field, name);
      if (value == null) {
        return null;
      }
      if (value instanceof List<?> list) {
        return (long) list.size();
      }
      if (value instanceof Iterable<?> iterable) {
        long size = 0;
        for (Object ignored : iterable) {
          size++;
        }
        return size;
      }
      return 1L; // a single value stands for a list of one
    }

    private Object value(Field field, String name) {
      for (Argument argument : field.getArguments()) {
        if (argument.getName().equals(name)) {
          return resolve(argument.getValue());
        }
      }
      return null;
    }

    private Object resolve(Value<?> value) {
      if (value instanceof VariableReference reference) {
        String variable = reference.getName();
        if (variables.containsKey(variable)) {
          return variables.get(variable);
        }
        Value<?> fallback = defaults.get(variable);
        return fallback == null ? null : resolve(fallback);
      }
      if (value instanceof IntValue number) {
        return number.getValue();
      }
      if (value instanceof ArrayValue array) {
        return array.getValues();
      }
      if (value instanceof NullValue) {
        return null;
      }
      return value;
    }
  }

  private static long times(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private static long plus(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
