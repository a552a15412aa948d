package org.modelterms.imports.cli;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.modelterms.imports.cli.ImportFiles.ImportFile;

/**
 * {@code import mot|eu-index|ota [DIRECTORY] [--url URL] [--source-base URL]}: sends every file of
 * a directory, or without one of the snapshot bundled with the application, to a running registry's
 * import mutation, one by one, printing progress and ending with a summary. It goes through the
 * API, so it works against any registry (embedded or not) and every file gets the same validation
 * as any other write.
 */
public final class ImportCommand {

  /** The kinds of data set, their mutation, and which files of a directory belong to them. */
  enum DataSet {
    MOT("motImport", "model { slug }", "mot", "the Model Openness Tool's model files"),
    EU_INDEX(
        "euIndexImport",
        "models { slug } unmatched",
        "eu-osai-index",
        "the European Open Source AI Index"),
    OTA(
        "otaImport",
        "document { slug } version { label effectiveFrom }",
        "open-terms-archive",
        "the Open Terms Archive records");

    final String mutation;
    final String selection;

    /** The snapshot's folder under {@code third-party/} on the class path. */
    final String bundledFolder;

    final String title;

    DataSet(String mutation, String selection, String bundledFolder, String title) {
      this.mutation = mutation;
      this.selection = selection;
      this.bundledFolder = bundledFolder;
      this.title = title;
    }

    boolean includes(String name) {
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

  /**
   * The MOT files' upstream folder at the bundled snapshot's commit, cited as each imported model's
   * source. The other two data sets' sources are named by the registry (see EuIndexAttribution and
   * OtaImporter).
   */
  static final String MOT_BUNDLED_SOURCE =
      "https://github.com/lfai/model_openness_tool/blob/"
          + "8b5d30e90a7c62d7d6ece48b91e69ff495920a4d/models/";

  private static final String USAGE =
      "usage: import mot|eu-index|ota [DIRECTORY] [--url http://localhost:8080/graphql]"
          + " [--source-base URL-of-the-directory]\n"
          + "without a DIRECTORY, imports the snapshot bundled with this release\n"
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
    if (args.length < 2 || !args[0].equals("import")) {
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
    boolean bundled = args.length == 2 || args[2].startsWith("--");
    int options = bundled ? 2 : 3;
    String url = option(args, options, "--url", "http://localhost:8080/graphql");
    String sourceBase =
        option(
            args,
            options,
            "--source-base",
            bundled && dataSet == DataSet.MOT ? MOT_BUNDLED_SOURCE : null);
    List<ImportFile> files;
    if (bundled) {
      try {
        files = ImportFiles.bundled(dataSet);
      } catch (IOException e) {
        out.println("Cannot read the bundled snapshot of " + dataSet.title + ": " + e.getMessage());
        return 2;
      }
      out.println(
          "Importing the snapshot of "
              + dataSet.title
              + " bundled with this release (third-party/"
              + dataSet.bundledFolder
              + "/NOTICE.md in the application names its upstream commit and licence).");
    } else {
      Path directory = Path.of(args[2]);
      try {
        files = ImportFiles.fromDirectory(dataSet, directory);
      } catch (IOException e) {
        out.println("Cannot read the directory " + directory + ": " + e.getMessage());
        return 2;
      }
    }
    return importAll(dataSet, files, url, sourceBase);
  }

  private int importAll(DataSet dataSet, List<ImportFile> files, String url, String sourceBase) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    List<String> rejections = new ArrayList<>();
    int width = String.valueOf(files.size()).length();
    for (int i = 0; i < files.size(); i++) {
      ImportFile file = files.get(i);
      String name = file.name();
      String text;
      try {
        text = file.text();
      } catch (IOException e) {
        out.println("Cannot read " + name + ": " + e.getMessage());
        return 2;
      }
      String line;
      Outcome outcome;
      try {
        JsonNode payload =
            send(dataSet, file, text, url, sourceBase == null ? null : sourceBase + encode(name));
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

  /** A file's path as a URL path: each segment percent-encoded ("Pile-T5 XXL.yml"). */
  private static String encode(String name) {
    return Stream.of(name.split("/"))
        .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("/"));
  }

  private JsonNode send(DataSet dataSet, ImportFile file, String text, String url, String sourceUrl)
      throws IOException, InterruptedException {
    Map<String, Object> input = new java.util.HashMap<>();
    if (dataSet == DataSet.EU_INDEX) {
      input.put("yaml", text);
      input.put("fileName", file.fileName());
    } else if (dataSet == DataSet.OTA) {
      java.util.regex.Matcher m = RECORDED.matcher(file.fileName());
      m.matches();
      input.put("text", text);
      input.put("service", file.path().get(0));
      input.put("document", file.path().get(1));
      input.put(
          "recordedAt", m.group(1) + "T" + m.group(2) + ":" + m.group(3) + ":" + m.group(4) + "Z");
    } else {
      input.put("yaml", text);
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

  private static String option(String[] args, int from, String name, String fallback) {
    for (int i = from; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
