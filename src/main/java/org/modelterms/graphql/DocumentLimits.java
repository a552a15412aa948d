package org.modelterms.graphql;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one GraphQL document may cost, measured before it runs: tokens, depth, fields, aliases,
 * directives, operations, and introspection where it is switched off. Depth and fields are measured
 * through fragments, so a fragment does not hide cost; a fragment cycle (invalid anyway) counts as
 * too deep.
 */
public final class DocumentLimits {

  /** A refused document: the stable code and a message for the caller. */
  public record Refusal(String code, String message) {}

  private final int maxTokens;
  private final int maxDepth;
  private final int maxFields;
  private final int maxAliases;
  private final int maxDirectives;
  private final int maxOperations;
  private final boolean introspection;

  public DocumentLimits(
      int maxTokens,
      int maxDepth,
      int maxFields,
      int maxAliases,
      int maxDirectives,
      int maxOperations,
      boolean introspection) {
    this.maxTokens = maxTokens;
    this.maxDepth = maxDepth;
    this.maxFields = maxFields;
    this.maxAliases = maxAliases;
    this.maxDirectives = maxDirectives;
    this.maxOperations = maxOperations;
    this.introspection = introspection;
  }

  /** Parses a document within the token limit. */
  public Document parse(String query) throws Refused {
    ParserOptions options =
        ParserOptions.getDefaultOperationParserOptions().transform(b -> b.maxTokens(maxTokens));
    try {
      return new Parser()
          .parseDocument(
              ParserEnvironment.newParserEnvironment()
                  .document(query)
                  .parserOptions(options)
                  .build());
    } catch (ParseCancelledException e) {
      throw new Refused("TOO_MANY_TOKENS", "The document has more than " + maxTokens + " tokens.");
    } catch (InvalidSyntaxException e) {
      throw new Refused("GRAPHQL_PARSE_FAILED", e.getMessage());
    }
  }

  /** The first limit the document breaks, if any. */
  public Optional<Refusal> check(Document document) {
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    if (operations.size() > maxOperations) {
      return refuse(
          "TOO_MANY_OPERATIONS",
          "A request may hold at most "
              + maxOperations
              + " operations; it holds "
              + operations.size()
              + ".");
    }
    Counts counts = new Counts();
    countAll(document, counts);
    if (counts.introspects && !introspection) {
      return refuse("INTROSPECTION_DISABLED", "This registry does not answer introspection.");
    }
    if (counts.aliases > maxAliases) {
      return refuse(
          "TOO_MANY_ALIASES",
          "A document may use at most " + maxAliases + " aliases; it uses " + counts.aliases + ".");
    }
    if (counts.directives > maxDirectives) {
      return refuse(
          "TOO_MANY_DIRECTIVES",
          "A document may use at most "
              + maxDirectives
              + " directives; it uses "
              + counts.directives
              + ".");
    }
    Map<String, FragmentDefinition> fragments = new HashMap<>();
    document
        .getDefinitionsOfType(FragmentDefinition.class)
        .forEach(f -> fragments.put(f.getName(), f));
    for (OperationDefinition operation : operations) {
      Walk walk = new Walk(fragments);
      walk.selections(operation.getSelectionSet(), 1, new HashSet<>());
      if (walk.tooDeep || walk.depth > maxDepth) {
        return refuse(
            "QUERY_TOO_DEEP", "An operation may nest fields at most " + maxDepth + " deep.");
      }
      if (walk.fields > maxFields) {
        return refuse(
            "QUERY_TOO_COMPLEX",
            "An operation may select at most " + maxFields + " fields, fragments included.");
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(String code, String message) {
    return Optional.of(new Refusal(code, message));
  }

  /** Aliases and directives as written, each counted once. */
  private static final class Counts {
    int aliases;
    int directives;
    boolean introspects;
  }

  private static void countAll(Node<?> node, Counts counts) {
    if (node instanceof Field field) {
      if (field.getAlias() != null) {
        counts.aliases++;
      }
      if (field.getName().equals("__schema") || field.getName().equals("__type")) {
        counts.introspects = true;
      }
    }
    if (node instanceof graphql.language.Directive) {
      counts.directives++;
    }
    for (Node<?> child : node.getChildren()) {
      countAll(child, counts);
    }
  }

  /** Depth and field count of one operation, with fragments expanded where they are spread. */
  private final class Walk {
    final Map<String, FragmentDefinition> fragments;
    int depth;
    int fields;
    boolean tooDeep;

    Walk(Map<String, FragmentDefinition> fragments) {
      this.fragments = fragments;
    }

    void selections(SelectionSet set, int level, Set<String> spreading) {
      if (set == null || tooDeep) {
        return;
      }
      if (level > maxDepth || fields > maxFields) {
        tooDeep = level > maxDepth;
        return;
      }
      for (Selection<?> selection : set.getSelections()) {
        if (selection instanceof Field field) {
          fields++;
          depth = Math.max(depth, level);
          selections(field.getSelectionSet(), level + 1, spreading);
        } else if (selection instanceof InlineFragment inline) {
          selections(inline.getSelectionSet(), level, spreading);
        } else if (selection instanceof FragmentSpread spread) {
          FragmentDefinition fragment = fragments.get(spread.getName());
          if (fragment == null) {
            continue; // validation reports the unknown fragment
          }
          if (!spreading.add(spread.getName())) {
            tooDeep = true; // a fragment that spreads itself
            return;
          }
          selections(fragment.getSelectionSet(), level, spreading);
          spreading.remove(spread.getName());
        }
      }
    }
  }

  /** A document refused before it could be measured. */
  public static final class Refused extends Exception {
    private final Refusal refusal;

    Refused(String code, String message) {
      super(message, null, false, false);
      this.refusal = new Refusal(code, message);
    }

    public Refusal refusal() {
      return refusal;
    }
  }
}
