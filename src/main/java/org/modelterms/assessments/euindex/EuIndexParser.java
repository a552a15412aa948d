package org.modelterms.assessments.euindex;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.modelterms.assessments.yaml.YamlFormatException;
import org.modelterms.assessments.yaml.YamlNode;

/**
 * Reads the European Open Source AI Index's model files (one YAML file per model family).
 *
 * <p>What is tolerated and what is rejected, and why:
 *
 * <ul>
 *   <li>Rejected: text that is not YAML, more than one YAML document, duplicate keys, a root that
 *       is not a mapping, a missing {@code system} or {@code org} section, a missing or empty
 *       {@code system.name}, a missing dimension, an unknown top-level key, an unknown key inside a
 *       rating, a {@code class} other than open / partial / closed / empty, and values of the wrong
 *       shape (a list where text is expected, a rating that is not a mapping). Each of these would
 *       otherwise silently change or drop a rating: a misspelt {@code clas:} or {@code datasheets:}
 *       would read as "not applicable".
 *   <li>Tolerated: an empty or absent {@code class} and an empty dimension ({@code paper:} with
 *       nothing under it) mean NOT_APPLICABLE, as the index's readme says; {@code class} in any
 *       case with blanks around it; {@code link} as one URL or a list of them; links that are not
 *       URLs (kept as written: they are evidence, shown not followed); extra keys in {@code system}
 *       and {@code org}, which describe the model but never change a rating (kept in {@link
 *       EuIndexEntry#ignoredKeys()}); {@code endmodel license} (with a space, used by four files)
 *       for {@code endmodellicense}; a release date in any shape (kept as written); comments, CRLF
 *       line ends, a byte-order mark and the leading {@code ---}.
 * </ul>
 */
public final class EuIndexParser {

  /** The upstream's empty submission form: it has the shape of a model file but is none. */
  public static final String TEMPLATE_FILE = "a_submission_template.yaml";

  private static final String SYSTEM = "system";
  private static final String ORG = "org";
  private static final String CLASS = "class";
  private static final String LINK = "link";
  private static final String NOTES = "notes";
  private static final Set<String> RATING_KEYS = Set.of(CLASS, LINK, NOTES);
  private static final Set<String> SYSTEM_KEYS =
      Set.of(
          "name",
          LINK,
          "type",
          "performanceclass",
          "basemodelname",
          "endmodelname",
          "endmodellicense",
          "releasedate",
          NOTES);
  private static final String END_MODEL_LICENSE_VARIANT = "endmodel license";
  private static final Set<String> ORG_KEYS = Set.of("name", LINK, NOTES);

  /** Reads one model file's text; {@code fileName} is kept on the entry. */
  public EuIndexEntry parse(String fileName, String yamlText) {
    YamlNode root;
    try {
      root = YamlNode.parse(stripByteOrderMark(yamlText));
    } catch (YamlFormatException e) {
      throw new EuIndexFormatException(e.line(), e.problem(), e.getCause());
    }
    if (root.kind() != YamlNode.Kind.MAPPING) {
      throw new EuIndexFormatException(
          root.line(),
          "an index file should be a mapping of system, org and the 12 dimensions, but is "
              + root.describe());
    }
    checkTopLevelKeys(root);
    List<String> ignoredKeys = new ArrayList<>();
    EuIndexEntry.SystemInfo system = readSystem(root, ignoredKeys);
    EuIndexEntry.OrgInfo org = readOrg(root, ignoredKeys);
    Map<EuIndexDimension, EuIndexEntry.Rating> ratings = new EnumMap<>(EuIndexDimension.class);
    for (EuIndexDimension dimension : EuIndexDimension.values()) {
      ratings.put(dimension, readRating(root, dimension));
    }
    List<String> weightLinks = new ArrayList<>(system.links());
    weightLinks.addAll(ratings.get(EuIndexDimension.WEIGHTS_BASEMODEL).links());
    weightLinks.addAll(ratings.get(EuIndexDimension.WEIGHTS_ENDMODEL).links());
    return new EuIndexEntry(
        fileName, system, org, ratings, HuggingFaceRepoIds.fromLinks(weightLinks), ignoredKeys);
  }

  /** Reads every model file of a directory, as pinned at {@link EuIndexAttribution#VERSION}. */
  public EuIndexDataSet readDirectory(Path dir) throws IOException {
    return readDirectory(dir, EuIndexAttribution.VERSION);
  }

  /**
   * Reads every model file of a directory (see {@link #isModelFile}), in file-name order. A file
   * that cannot be read or parsed is listed as rejected; the others still count.
   *
   * @param version the upstream commit the directory holds
   * @throws IOException if the directory itself cannot be listed
   */
  public EuIndexDataSet readDirectory(Path dir, String version) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(f -> isModelFile(f.getFileName().toString()))
              .sorted()
              .collect(Collectors.toList());
    }
    List<EuIndexEntry> entries = new ArrayList<>();
    List<EuIndexDataSet.RejectedFile> rejected = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      try {
        entries.add(parse(fileName, Files.readString(file)));
      } catch (EuIndexFormatException e) {
        rejected.add(new EuIndexDataSet.RejectedFile(fileName, e.line(), e.problem()));
      } catch (CharacterCodingException e) {
        rejected.add(new EuIndexDataSet.RejectedFile(fileName, 0, "the file is not UTF-8 text"));
      } catch (IOException e) {
        rejected.add(new EuIndexDataSet.RejectedFile(fileName, 0, "could not read the file: " + e));
      }
    }
    return new EuIndexDataSet(version, entries, rejected);
  }

  /**
   * Model files end in {@code .yaml}; the {@code _parameters*.yml} files and the readme describe
   * the data set, and the submission template is an empty form.
   */
  public static boolean isModelFile(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".yaml")
        && !fileName.startsWith("_")
        && !fileName.equals(TEMPLATE_FILE);
  }

  private static void checkTopLevelKeys(YamlNode root) {
    for (String key : root.fields().keySet()) {
      if (!key.equals(SYSTEM) && !key.equals(ORG) && EuIndexDimension.fromRef(key).isEmpty()) {
        throw new EuIndexFormatException(
            root.keyLine(key),
            "unknown key '"
                + key
                + "'; the top level holds system, org and the 12 dimensions ("
                + Stream.of(EuIndexDimension.values())
                    .map(EuIndexDimension::ref)
                    .collect(Collectors.joining(", "))
                + ")");
      }
    }
  }

  private static EuIndexEntry.SystemInfo readSystem(YamlNode root, List<String> ignoredKeys) {
    YamlNode node = section(root, SYSTEM);
    String endModelLicense = readEndModelLicense(node);
    for (String key : node.fields().keySet()) {
      if (!SYSTEM_KEYS.contains(key) && !key.equals(END_MODEL_LICENSE_VARIANT)) {
        ignoredKeys.add(SYSTEM + "." + key + " (line " + node.keyLine(key) + ")");
      }
    }
    String name = text(node, "name", SYSTEM);
    if (name == null) {
      int line = node.fields().containsKey("name") ? node.keyLine("name") : root.keyLine(SYSTEM);
      throw new EuIndexFormatException(
          line, "the system has no name ('system.name' is missing or empty)");
    }
    String releaseDate = text(node, "releasedate", SYSTEM);
    return new EuIndexEntry.SystemInfo(
        name,
        links(node, SYSTEM),
        text(node, "type", SYSTEM),
        text(node, "performanceclass", SYSTEM),
        text(node, "basemodelname", SYSTEM),
        text(node, "endmodelname", SYSTEM),
        endModelLicense,
        releaseDate == null ? null : EuIndexEntry.ReleaseDate.of(releaseDate),
        text(node, NOTES, SYSTEM));
  }

  /** Four files write "endmodel license"; both spellings at once would leave us guessing. */
  private static String readEndModelLicense(YamlNode system) {
    if (system.fields().containsKey("endmodellicense")
        && system.fields().containsKey(END_MODEL_LICENSE_VARIANT)) {
      throw new EuIndexFormatException(
          system.keyLine(END_MODEL_LICENSE_VARIANT),
          "the system has both 'endmodellicense' and 'endmodel license'; keep one");
    }
    String key =
        system.fields().containsKey(END_MODEL_LICENSE_VARIANT)
            ? END_MODEL_LICENSE_VARIANT
            : "endmodellicense";
    return text(system, key, SYSTEM);
  }

  private static EuIndexEntry.OrgInfo readOrg(YamlNode root, List<String> ignoredKeys) {
    YamlNode node = section(root, ORG);
    for (String key : node.fields().keySet()) {
      if (!ORG_KEYS.contains(key)) {
        ignoredKeys.add(ORG + "." + key + " (line " + node.keyLine(key) + ")");
      }
    }
    return new EuIndexEntry.OrgInfo(
        text(node, "name", ORG), links(node, ORG), text(node, NOTES, ORG));
  }

  private static YamlNode section(YamlNode root, String key) {
    YamlNode node = root.fields().get(key);
    if (node == null) {
      throw new EuIndexFormatException(0, "the file has no '" + key + "' section");
    }
    if (node.kind() != YamlNode.Kind.MAPPING) {
      throw new EuIndexFormatException(
          root.keyLine(key), "'" + key + "' should be a mapping, but is " + node.describe());
    }
    return node;
  }

  private static EuIndexEntry.Rating readRating(YamlNode root, EuIndexDimension dimension) {
    String ref = dimension.ref();
    YamlNode node = root.fields().get(ref);
    if (node == null) {
      throw new EuIndexFormatException(
          0,
          "the dimension '"
              + ref
              + "' is missing; every file rates all 12 (leave 'class' empty for not applicable)");
    }
    if (node.isNull()) {
      return new EuIndexEntry.Rating(OpennessClass.NOT_APPLICABLE, List.of(), null);
    }
    if (node.kind() != YamlNode.Kind.MAPPING) {
      throw new EuIndexFormatException(
          root.keyLine(ref),
          "'" + ref + "' should be a mapping of class, link and notes, but is " + node.describe());
    }
    for (String key : node.fields().keySet()) {
      if (!RATING_KEYS.contains(key)) {
        throw new EuIndexFormatException(
            node.keyLine(key),
            "'" + ref + "' has an unknown key '" + key + "'; a rating has class, link and notes");
      }
    }
    return new EuIndexEntry.Rating(readClass(node, ref), links(node, ref), text(node, NOTES, ref));
  }

  private static OpennessClass readClass(YamlNode rating, String ref) {
    String written = text(rating, CLASS, ref);
    return OpennessClass.fromDataValue(written)
        .orElseThrow(
            () ->
                new EuIndexFormatException(
                    rating.keyLine(CLASS),
                    "'"
                        + ref
                        + ".class' is '"
                        + written
                        + "'; expected open, partial or closed, or nothing for not applicable"));
  }

  /** A text field, stripped; null when absent, empty or blank. */
  private static String text(YamlNode mapping, String key, String path) {
    YamlNode node = mapping.fields().get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isScalar()) {
      throw new EuIndexFormatException(
          mapping.keyLine(key),
          "'" + path + "." + key + "' should be text, but is " + node.describe());
    }
    String text = node.text().strip();
    return text.isEmpty() ? null : text;
  }

  /** {@code link}: one URL, a list of them, or nothing; blank items are skipped. */
  private static List<String> links(YamlNode mapping, String path) {
    YamlNode node = mapping.fields().get(LINK);
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<YamlNode> items = node.kind() == YamlNode.Kind.SEQUENCE ? node.items() : List.of(node);
    List<String> links = new ArrayList<>();
    for (YamlNode item : items) {
      if (item.isNull()) {
        continue;
      }
      if (!item.isScalar()) {
        // A mapping's own line is that of its first key; point at "link:" unless in a list.
        int line = item == node ? mapping.keyLine(LINK) : item.line();
        throw new EuIndexFormatException(
            line,
            "'" + path + ".link' should be a URL or a list of URLs, but holds " + item.describe());
      }
      if (!item.text().isBlank()) {
        links.add(item.text().strip());
      }
    }
    return links;
  }

  private static String stripByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
