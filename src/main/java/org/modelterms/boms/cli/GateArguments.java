package org.modelterms.boms.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate's command line. The question's options become the endpoint's query parameters under
 * their API names; the registry is {@code --url}, else {@code MODELTERMS_URL}, else the local one.
 */
record GateArguments(
    Path file,
    List<String> uses,
    Map<String, String> parameters,
    Path policy,
    String registry,
    String output,
    String token) {

  /** Options that are query parameters of {@code /api/bom/check}, with the parameter's name. */
  private static final Map<String, String> QUESTION =
      Map.of(
          "--actor", "actor",
          "--country", "country",
          "--monthly-active-users", "monthlyActiveUsers",
          "--purpose", "purpose",
          "--on", "on",
          "--as-known-at", "asKnownAt",
          "--format", "format",
          "--card-model-id", "cardModelId",
          "--artifact", "artifact");

  static GateArguments parse(String[] args, Map<String, String> env) {
    if (args.length < 2 || !args[0].equals("check-bom") || args[1].startsWith("--")) {
      throw new IllegalArgumentException("check-bom needs the FILE to check.");
    }
    Path file = Path.of(args[1]);
    List<String> uses = new ArrayList<>();
    Map<String, String> parameters = new LinkedHashMap<>();
    Path policy = null;
    String url = env.get("MODELTERMS_URL");
    String output = "table";
    String token = env.get("MODELTERMS_TOKEN");
    for (int i = 2; i < args.length; i += 2) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value.");
      }
      String value = args[i + 1];
      switch (option) {
        case "--use" -> uses.add(value);
        case "--policy" -> policy = Path.of(value);
        case "--url" -> url = value;
        case "--output" -> output = value;
        case "--token" -> token = value;
        default -> {
          String parameter = QUESTION.get(option);
          if (parameter == null) {
            throw new IllegalArgumentException("Unknown option " + option + ".");
          }
          parameters.put(parameter, value);
        }
      }
    }
    if (!parameters.containsKey("artifact")) {
      parameters.put("artifact", file.toString().replace('\\', '/'));
    }
    return new GateArguments(
        file,
        List.copyOf(uses),
        parameters,
        policy,
        registry(url == null || url.isBlank() ? "http://localhost:8080/graphql" : url),
        output,
        token == null || token.isBlank() ? null : token.strip());
  }

  /** The registry's root: import's --url names the GraphQL endpoint, which this also accepts. */
  private static String registry(String url) {
    String root = url.strip();
    while (root.endsWith("/")) {
      root = root.substring(0, root.length() - 1);
    }
    return root.endsWith("/graphql")
        ? root.substring(0, root.length() - "/graphql".length())
        : root;
  }
}
