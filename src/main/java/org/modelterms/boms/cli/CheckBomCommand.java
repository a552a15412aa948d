package org.modelterms.boms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.modelterms.boms.cli.BomPolicy.PolicyException;

/**
 * {@code check-bom FILE --use U … [--policy policy.yml]}: the pipeline gate. It posts the file to a
 * running registry's {@code /api/bom/check}, applies the team's policy to the answer, prints it,
 * and exits 0 (every model passes), 1 (something is denied or needs approval) or 2 (an unresolved
 * model, a refused document, a bad argument, or no registry). docs/bom.md, "Checking in a
 * pipeline", has the options and the exit codes.
 */
public final class CheckBomCommand {

  static final int PASS = 0;
  static final int STOP = 1;
  static final int CANNOT_TELL = 2;

  private static final Set<String> OUTPUTS = Set.of("table", "json", "csv", "sarif");
  private static final Map<String, String> ACCEPT =
      Map.of(
          "json", "application/json",
          "csv", "text/csv",
          "sarif", "application/sarif+json");

  static final String USAGE =
      "usage: check-bom FILE [--use USE]... [--actor KIND] [--country CC]"
          + " [--monthly-active-users N] [--purpose PURPOSE] [--on DATE] [--as-known-at TIME]"
          + " [--format FORMAT] [--card-model-id ORG/NAME] [--policy policy.yml]"
          + " [--url URL] [--output table|json|csv|sarif] [--token T]\n"
          + "exit 0: every model passes; 1: something is denied or needs approval;"
          + " 2: an unresolved model, a refused document, a bad argument or no registry";

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  public CheckBomCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /** Runs the gate; returns its exit code. */
  public int run(String... args) {
    GateArguments a;
    BomPolicy policy;
    byte[] document;
    try {
      a = GateArguments.parse(args, env);
      if (!OUTPUTS.contains(a.output())) {
        throw new IllegalArgumentException("--output is table, json, csv or sarif");
      }
      policy =
          a.policy() == null
              ? BomPolicy.VERDICTS
              : BomPolicy.parse(Files.readString(a.policy(), StandardCharsets.UTF_8));
      document = Files.readAllBytes(a.file());
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return CANNOT_TELL;
    } catch (PolicyException e) {
      err.println("The policy file is refused: " + e.getMessage());
      return CANNOT_TELL;
    } catch (IOException e) {
      err.println("Cannot read " + e.getMessage());
      return CANNOT_TELL;
    }
    try {
      JsonNode check = post(a, document, "application/json");
      if (check == null) {
        return CANNOT_TELL;
      }
      Map<String, List<String>> categories =
          policy.usesCategories() ? categories(a, check) : Map.of();
      GateReport report = GateReport.of(check, policy, categories);
      if (a.output().equals("table")) {
        report.printTable(out);
      } else if (a.output().equals("json")) {
        out.println(check.toPrettyString());
      } else {
        String body = postForText(a, document, ACCEPT.get(a.output()));
        if (body == null) {
          return CANNOT_TELL;
        }
        out.print(body);
        out.flush();
      }
      (a.output().equals("table") ? out : err).println(report.summary());
      return report.exitCode();
    } catch (IOException e) {
      err.println(
          "Cannot reach the registry at "
              + a.registry()
              + ": "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return CANNOT_TELL;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CANNOT_TELL;
    }
  }

  private JsonNode post(GateArguments a, byte[] document, String accept)
      throws IOException, InterruptedException {
    String body = postForText(a, document, accept);
    return body == null ? null : json.readTree(body);
  }

  /** The answer's body, or null with the registry's refusal on stderr. */
  private String postForText(GateArguments a, byte[] document, String accept)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(a.registry() + "/api/bom/check?" + query(a)))
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", contentType(a.file()))
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofByteArray(document));
    if (a.token() != null) {
      request.header("Authorization", "Bearer " + a.token());
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      err.println(refusal(response));
      return null;
    }
    return response.body();
  }

  private String refusal(HttpResponse<String> response) {
    try {
      JsonNode error = json.readTree(response.body()).path("errors").path(0);
      return "The registry refused the check ("
          + response.statusCode()
          + " "
          + error.path("extensions").path("code").asText()
          + "): "
          + error.path("message").asText();
    } catch (IOException e) {
      return "The registry answered " + response.statusCode() + ": " + response.body();
    }
  }

  /**
   * The categories of the licences each resolved model's terms come from, by component ref: a
   * registry model's or base model's licences (asked of the GraphQL API in one request), or the
   * declared licences the registry recognised.
   */
  private Map<String, List<String>> categories(GateArguments a, JsonNode check)
      throws IOException, InterruptedException {
    Map<String, String> slugByRef = new LinkedHashMap<>();
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (JsonNode c : check.path("components")) {
      JsonNode r = c.path("resolution");
      String slug =
          r.path("model").path("slug").asText(r.path("baseModel").path("slug").asText(null));
      if (slug != null) {
        slugByRef.put(c.path("ref").asText(), slug);
      } else {
        result.put(c.path("ref").asText(), categoriesOf(r.path("licenses")));
      }
    }
    List<String> slugs = slugByRef.values().stream().distinct().toList();
    if (slugs.isEmpty()) {
      return result;
    }
    StringJoiner query = new StringJoiner(" ", "{ ", " }");
    for (int i = 0; i < slugs.size(); i++) {
      query.add(
          "m"
              + i
              + ": model(slug: "
              + json.writeValueAsString(slugs.get(i))
              + ")"
              + " { licenses { kind scancodeCategory } }");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(a.registry() + "/graphql"))
            .timeout(Duration.ofMinutes(1))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    json.writeValueAsString(Map.of("query", query.toString()))));
    if (a.token() != null) {
      request.header("Authorization", "Bearer " + a.token());
    }
    JsonNode data =
        json.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body())
            .path("data");
    slugByRef.forEach(
        (ref, slug) ->
            result.put(ref, categoriesOf(data.path("m" + slugs.indexOf(slug)).path("licenses"))));
    return result;
  }

  private static List<String> categoriesOf(JsonNode licenses) {
    List<String> categories = new ArrayList<>();
    for (JsonNode l : licenses) {
      if (l.hasNonNull("kind")) {
        categories.add(l.path("kind").asText());
      }
      if (l.hasNonNull("scancodeCategory")) {
        categories.add(l.path("scancodeCategory").asText());
      }
    }
    return categories;
  }

  private static String query(GateArguments a) {
    StringJoiner q = new StringJoiner("&");
    a.uses().forEach(u -> q.add("use=" + encode(u)));
    a.parameters().forEach((name, value) -> q.add(name + "=" + encode(value)));
    return q.toString();
  }

  /** The media type that names the file's format; JSON (told from its content) otherwise. */
  static String contentType(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xml")) {
      return "application/vnd.cyclonedx+xml";
    }
    if (name.endsWith(".md")) {
      return "text/markdown";
    }
    if (name.endsWith(".txt")) {
      return "text/plain";
    }
    return "application/json";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
