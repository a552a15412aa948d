package org.modelterms.assessments.mof;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelterms.assessments.yaml.YamlNode;
import org.modelterms.openness.ContentType;
import org.modelterms.openness.MofComponent;

/**
 * Turns the YAML tree of a MOT model file into {@link MotModelFile}, rejecting anything not shaped
 * like one. Unknown keys are rejected too: a misspelt {@code licence:} would otherwise be ignored
 * and silently change the model's class.
 */
final class MotModelFileReader {

  private static final Set<String> ROOT_KEYS = Set.of("framework", "release");
  private static final Set<String> FRAMEWORK_KEYS = Set.of("name", "version", "date");
  private static final Set<String> RELEASE_KEYS =
      Set.of(
          "name",
          "version",
          "date",
          "type",
          "architecture",
          "treatment",
          "origin",
          "producer",
          "contact",
          "repository",
          "huggingface",
          "license",
          "components");
  private static final Set<String> LICENSE_KEYS = Set.of("name", "path");
  private static final Set<String> COMPONENT_KEYS =
      Set.of("name", "description", "license", "license_path", "component_path");
  private static final String DISTRIBUTION = "distribution";

  private MotModelFileReader() {}

  static MotModelFile read(YamlNode root) {
    expectMapping(root, "the file", ROOT_KEYS);
    YamlNode framework = root.fields().get("framework");
    YamlNode release = root.fields().get("release");
    if (release == null || release.kind() == YamlNode.Kind.NULL) {
      int line = release == null ? root.line() : release.line();
      throw new MotFormatException(line, "the file has no 'release' section");
    }
    return new MotModelFile(
        readFramework(framework), readRelease(release, root.keyLine("release")));
  }

  private static MotModelFile.Framework readFramework(YamlNode node) {
    if (node == null || node.kind() == YamlNode.Kind.NULL) {
      return null;
    }
    expectMapping(node, "'framework'", FRAMEWORK_KEYS);
    return new MotModelFile.Framework(
        text(node, "name", "framework"),
        text(node, "version", "framework"),
        text(node, "date", "framework"));
  }

  private static MotModelFile.Release readRelease(YamlNode node, int releaseLine) {
    expectMapping(node, "'release'", RELEASE_KEYS);
    String name = text(node, "name", "release");
    if (name == null || name.isBlank()) {
      throw new MotFormatException(
          node.fields().containsKey("name") ? node.keyLine("name") : releaseLine,
          "the release has no name ('release.name' is missing or empty)");
    }
    Map<ContentType, MotModelFile.GlobalLicense> typeLicenses = new EnumMap<>(ContentType.class);
    MotModelFile.GlobalLicense distribution =
        readLicenses(node.fields().get("license"), typeLicenses);
    return new MotModelFile.Release(
        name,
        text(node, "version", "release"),
        text(node, "date", "release"),
        text(node, "type", "release"),
        text(node, "architecture", "release"),
        text(node, "treatment", "release"),
        text(node, "origin", "release"),
        text(node, "producer", "release"),
        text(node, "contact", "release"),
        text(node, "repository", "release"),
        text(node, "huggingface", "release"),
        distribution,
        typeLicenses,
        readComponents(node.fields().get("components")));
  }

  /** Reads {@code release.license}: fills {@code typeLicenses}, returns the distribution one. */
  private static MotModelFile.GlobalLicense readLicenses(
      YamlNode node, Map<ContentType, MotModelFile.GlobalLicense> typeLicenses) {
    if (node == null || node.kind() == YamlNode.Kind.NULL) {
      return null;
    }
    if (node.kind() != YamlNode.Kind.MAPPING) {
      throw new MotFormatException(
          node.line(),
          "'release.license' should be a mapping of distribution/code/data/document licences,"
              + " but is "
              + node.describe());
    }
    MotModelFile.GlobalLicense distribution = null;
    for (Map.Entry<String, YamlNode> entry : node.fields().entrySet()) {
      String scope = entry.getKey();
      MotModelFile.GlobalLicense license = readGlobalLicense(entry.getValue(), scope);
      if (DISTRIBUTION.equals(scope)) {
        distribution = license;
        continue;
      }
      ContentType type =
          ContentType.fromMotName(scope)
              .orElseThrow(
                  () ->
                      new MotFormatException(
                          node.keyLine(scope),
                          "'release.license' has an unknown entry '"
                              + scope
                              + "'; expected distribution, code, data or document"));
      if (license != null) {
        typeLicenses.put(type, license);
      }
    }
    return distribution;
  }

  private static MotModelFile.GlobalLicense readGlobalLicense(YamlNode node, String scope) {
    if (node.kind() == YamlNode.Kind.NULL) {
      return null;
    }
    String where = "'release.license." + scope + "'";
    expectMapping(node, where, LICENSE_KEYS);
    String path = "release.license." + scope;
    return new MotModelFile.GlobalLicense(text(node, "name", path), text(node, "path", path));
  }

  private static List<MotModelFile.Component> readComponents(YamlNode node) {
    if (node == null || node.kind() == YamlNode.Kind.NULL) {
      return List.of();
    }
    if (node.kind() != YamlNode.Kind.SEQUENCE) {
      throw new MotFormatException(
          node.line(), "'release.components' should be a list, but is " + node.describe());
    }
    List<MotModelFile.Component> components = new ArrayList<>();
    for (int i = 0; i < node.items().size(); i++) {
      components.add(readComponent(node.items().get(i), i + 1));
    }
    return components;
  }

  private static MotModelFile.Component readComponent(YamlNode node, int position) {
    String where = "component " + position;
    expectMapping(node, where, COMPONENT_KEYS);
    String name = text(node, "name", where);
    if (name == null) {
      throw new MotFormatException(node.line(), where + " has no name");
    }
    MofComponent component =
        MofComponent.fromMotName(name)
            .orElseThrow(
                () ->
                    new MotFormatException(
                        node.fields().get("name").line(),
                        "'"
                            + name
                            + "' is not the exact name of one of the 17 MOF components"
                            + " (e.g. 'Model parameters (Final)', 'Technical report')"));
    return new MotModelFile.Component(
        component,
        text(node, "description", where),
        node.fields().containsKey("license"),
        text(node, "license", where),
        text(node, "license_path", where),
        text(node, "component_path", where));
  }

  private static void expectMapping(YamlNode node, String what, Set<String> allowedKeys) {
    if (node.kind() != YamlNode.Kind.MAPPING) {
      throw new MotFormatException(
          node.line(), what + " should be a mapping of keys to values, but is " + node.describe());
    }
    for (String key : node.fields().keySet()) {
      if (!allowedKeys.contains(key)) {
        throw new MotFormatException(
            node.keyLine(key),
            what
                + " has an unknown key '"
                + key
                + "'; allowed: "
                + String.join(", ", sorted(allowedKeys)));
      }
    }
  }

  /** The text value of {@code key}: null if absent or null, rejected if not text. */
  private static String text(YamlNode mapping, String key, String where) {
    YamlNode value = mapping.fields().get(key);
    if (value == null || value.kind() == YamlNode.Kind.NULL) {
      return null;
    }
    if (value.kind() != YamlNode.Kind.TEXT) {
      String hint =
          value.kind() == YamlNode.Kind.NUMBER || value.kind() == YamlNode.Kind.BOOLEAN
              ? " (put it in quotes to make it text)"
              : "";
      throw new MotFormatException(
          value.line(),
          "'" + key + "' of " + where + " should be text, but is " + value.describe() + hint);
    }
    return value.text();
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
