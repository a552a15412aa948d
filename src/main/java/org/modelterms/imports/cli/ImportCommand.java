package org.modelterms.imports.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code import mot|eu-index DIRECTORY [--url URL] [--source-base URL]}: sends every file of a
 * directory to a running registry's import mutation, one by one, printing progress and ending with
 * a summary. It goes through the API, so it works against any registry (embedded or not) and every
 * file gets the same validation as any other write.
 */
public final class ImportCommand {

  /** The kinds of data set, their mutation, and which files of a directory belong to them. */
  enum DataSet {
    MOT("motImport", "model { slug }"),
    EU_INDEX("euIndexImport", "models { slug } unmatched"),
    OTA("otaImport", "document { slug } version { label effectiveFrom }");

    final String mutation;
    final String selection;

    DataSet(String mutation, String selection) {
      this.mutation = mutation;
      this.selection = selection;
    }

    boolean includes(Path file) {
      String name = file.getFileName().toString();
      if (this == OTA) {
        return RECORDED.matcher(name).matches();
      }
      boolean yaml = name.endsWith(".yml") || name.endsWith(".yaml");
      return yaml && !name.startsWith("_") && !name.equals("a_submission_template.yaml");
    }
  }

  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    UNMATCHED,
    REJECTED
  }

  /** Open Terms Archive names each record by when it was recorded: 2024-01-10T12-30-38Z.md. */
  static final java.util.regex.Pattern RECORDED =
      java.util.regex.Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})Z\\.md$");

  private static final String USAGE =
      "usage: import mot|eu-index|ota DIRECTORY [--url http://localhost:8080/graphql]"
          + " [--source-base URL-of-the-directory]\n"
          + "needs an admin: MODELTERMS_TOKEN=<bearer token>, or MODELTERMS_USERNAME and"
          + " MODELTERMS_PASSWORD of the local account";

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final PrintStream out;

  private final List<String> credentials;

  /** A command that signs in as the environment says (see {@link #credentialsFromEnvironment}). */
  public ImportCommand(PrintStream out) {
    this(out, credentialsFromEnvironment(System.getenv()));
  }

  /** A command that sends the given Authorization header value, or none when it is null. */
  public ImportCommand(PrintStream out, String authorization) {
    this.out = out;
    this.credentials = authorization == null ? List.of() : List.of("Authorization", authorization);
  }

  /**
   * Imports change the registry, so they need an admin: {@code MODELTERMS_TOKEN} (an OIDC bearer
   * token) or {@code MODELTERMS_USERNAME} and {@code MODELTERMS_PASSWORD} (the local account).
   */
  static String credentialsFromEnvironment(Map<String, String> env) {
    String token = env.get("MODELTERMS_TOKEN");
    if (token != null && !token.isBlank()) {
      return "Bearer " + token.strip();
    }
    String password = env.get("MODELTERMS_PASSWORD");
    if (password == null || password.isEmpty()) {
      return null;
    }
    String user = env.getOrDefault("MODELTERMS_USERNAME", "editor");
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Runs the command; returns the exit code (0 all imported, 1 some rejected, 2 cannot run). */
  public int run(String... args) {
    if (args.length > 0 && args[0].equals("reload-dataset")) {
      return reloadDataset(option(args, 1, "--url", "http://localhost:8080/graphql"));
    }
    if (args.length < 3 || !args[0].equals("import")) {
      out.println(USAGE);
      return 2;
    }
    DataSet dataSet;
    switch (args[1]) {
      case "mot":
        dataSet = DataSet.MOT;
        break;
      case "eu-index":
        dataSet = DataSet.EU_INDEX;
        break;
      case "ota":
        dataSet = DataSet.OTA;
        break;
      default:
        out.println(USAGE);
        return 2;
    }
    Path directory = Path.of(args[2]);
    String url = option(args, "--url", "http://localhost:8080/graphql");
    String sourceBase = option(args, "--source-base", null);
    List<Path> files;
    // Open Terms Archive lays records out as <service>/<document>/<recorded-at>.md.
    try (Stream<Path> listing =
        dataSet == DataSet.OTA ? Files.walk(directory, 3) : Files.list(directory)) {
      files = listing.filter(Files::isRegularFile).filter(dataSet::includes).sorted().toList();
    } catch (IOException e) {
      out.println("Cannot read the directory " + directory + ": " + e.getMessage());
      return 2;
    }
    return importAll(dataSet, files, url, sourceBase);
  }

  private int importAll(DataSet dataSet, List<Path> files, String url, String sourceBase) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    List<String> rejections = new ArrayList<>();
    int width = String.valueOf(files.size()).length();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      String name =
          dataSet == DataSet.OTA
              ? file.getParent().getParent().getFileName()
                  + "/"
                  + file.getParent().getFileName()
                  + "/"
                  + file.getFileName()
              : file.getFileName().toString();
      String line;
      Outcome outcome;
      try {
        JsonNode payload = send(dataSet, file, url, sourceBase == null ? null : sourceBase + name);
        JsonNode errors = payload.path("userErrors");
        if (errors.size() > 0) {
          outcome = Outcome.REJECTED;
          line = errors.get(0).path("message").asText();
          rejections.add(name + ": " + line);
        } else {
          outcome = Outcome.valueOf(payload.path("outcome").asText());
          line = describe(dataSet, payload);
        }
      } catch (IOException e) {
        out.println("Cannot reach the registry at " + url + ": " + e.getMessage());
        return 2;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 2;
      }
      counts.merge(outcome, 1, Integer::sum);
      out.printf("[%" + width + "d/%d] %s: %s %s%n", i + 1, files.size(), name, outcome, line);
    }
    out.printf(
        "Imported %d files: %d created, %d updated, %d unchanged, %d unmatched, %d rejected.%n",
        files.size(),
        counts.getOrDefault(Outcome.CREATED, 0),
        counts.getOrDefault(Outcome.UPDATED, 0),
        counts.getOrDefault(Outcome.UNCHANGED, 0),
        counts.getOrDefault(Outcome.UNMATCHED, 0),
        counts.getOrDefault(Outcome.REJECTED, 0));
    rejections.forEach(r -> out.println("  rejected " + r));
    return rejections.isEmpty() ? 0 : 1;
  }

  private JsonNode send(DataSet dataSet, Path file, String url, String sourceUrl)
      throws IOException, InterruptedException {
    Map<String, Object> input = new java.util.HashMap<>();
    input.put("yaml", Files.readString(file, StandardCharsets.UTF_8));
    if (dataSet == DataSet.EU_INDEX) {
      input.put("fileName", file.getFileName().toString());
    } else if (dataSet == DataSet.OTA) {
      java.util.regex.Matcher m = RECORDED.matcher(file.getFileName().toString());
      m.matches();
      input.remove("yaml");
      input.put("text", Files.readString(file, StandardCharsets.UTF_8));
      input.put("service", file.getParent().getParent().getFileName().toString());
      input.put("document", file.getParent().getFileName().toString());
      input.put(
          "recordedAt", m.group(1) + "T" + m.group(2) + ":" + m.group(3) + ":" + m.group(4) + "Z");
    } else {
      input.put("sourceUrl", sourceUrl);
    }
    String query =
        "mutation($input: "
            + inputType(dataSet)
            + "!) { "
            + dataSet.mutation
            + "(input: $input) { outcome "
            + dataSet.selection
            + " userErrors { field message code } } }";
    return post(
            url, Map.of("query", query, "variables", Map.of("input", input)), Duration.ofMinutes(2))
        .path(dataSet.mutation);
  }

  /** Posts a GraphQL request; a top-level error (a fault, not a refused input) is an exception. */
  private JsonNode post(String url, Map<String, Object> request, Duration timeout)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .headers(credentials.toArray(String[]::new))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode reply = json.readTree(response.body());
    if (reply.has("errors")) {
      throw new IOException(
          "the registry refused: " + reply.path("errors").get(0).path("message").asText());
    }
    return reply.path("data");
  }

  private static String inputType(DataSet dataSet) {
    return switch (dataSet) {
      case MOT -> "MotImportInput";
      case EU_INDEX -> "EuIndexImportInput";
      case OTA -> "OtaImportInput";
    };
  }

  private static String describe(DataSet dataSet, JsonNode payload) {
    if (dataSet == DataSet.MOT) {
      return payload.path("model").path("slug").asText();
    }
    if (dataSet == DataSet.OTA) {
      return payload.path("document").path("slug").asText()
          + " \""
          + payload.path("version").path("label").asText()
          + "\" from "
          + payload.path("version").path("effectiveFrom").asText();
    }
    List<String> slugs = new ArrayList<>();
    payload.path("models").forEach(m -> slugs.add(m.path("slug").asText()));
    return slugs.isEmpty()
        ? "(no registry model matches: " + payload.path("unmatched").asText() + ")"
        : String.join(", ", slugs);
  }

  /** Applies the curated dataset bundled with the registry's release, and prints what it did. */
  private int reloadDataset(String url) {
    try {
      JsonNode r =
          post(
                  url,
                  Map.of(
                      "query",
                      "mutation { datasetReload { fromVersion toVersion added corrected kept"
                          + " unchanged } }"),
                  Duration.ofMinutes(5))
              .path("datasetReload");
      out.printf(
          "Dataset %s -> %s: %d added, %d corrected, %d kept, %d unchanged.%n",
          r.path("fromVersion").asText("(none)"),
          r.path("toVersion").asText(),
          r.path("added").size(),
          r.path("corrected").size(),
          r.path("kept").size(),
          r.path("unchanged").asInt());
      for (String list : List.of("added", "corrected", "kept")) {
        r.path(list).forEach(item -> out.println("  " + list + " " + item.asText()));
      }
      return 0;
    } catch (IOException e) {
      out.println("Cannot reach the registry at " + url + ": " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 2;
    }
  }

  private static String option(String[] args, String name, String fallback) {
    return option(args, 3, name, fallback);
  }

  private static String option(String[] args, int from, String name, String fallback) {
    for (int i = from; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
