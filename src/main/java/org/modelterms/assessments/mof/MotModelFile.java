package org.modelterms.assessments.mof;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.modelterms.assessments.yaml.YamlFormatException;
import org.modelterms.assessments.yaml.YamlNode;
import org.modelterms.openness.ContentType;
import org.modelterms.openness.MofComponent;

/**
 * One model file of the Model Openness Tool ({@code models/*.yml} in its repository), read as
 * written: text stays text, absent fields are {@code null}, and a component's licence keeps the
 * difference between "no {@code license} key", "{@code license:} with no value", an empty string
 * and {@code unlicensed}, because the MOT treats them differently.
 */
public record MotModelFile(Framework framework, Release release) {

  /**
   * Reads a model file's YAML text; throws {@link MotFormatException} (with a line) if malformed.
   */
  public static MotModelFile parse(String yamlText) {
    YamlNode root;
    try {
      root = YamlNode.parse(yamlText);
    } catch (MotFormatException e) {
      throw e;
    } catch (YamlFormatException e) {
      throw new MotFormatException(e.line(), e.problem(), e.getCause());
    }
    return MotModelFileReader.read(root);
  }

  /** Reads a model file (UTF-8). */
  public static MotModelFile read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The {@code framework} block; {@code null} if the file has none. */
  public record Framework(String name, String version, String date) {}

  /**
   * The {@code release} block.
   *
   * @param distributionLicense {@code release.license.distribution}, or {@code null} if absent
   * @param typeLicenses {@code release.license.code / data / document}, only those present
   * @param components in file order, duplicates kept (for evaluation the last one wins)
   */
  public record Release(
      String name,
      String version,
      String date,
      String type,
      String architecture,
      String treatment,
      String origin,
      String producer,
      String contact,
      String repository,
      String huggingface,
      GlobalLicense distributionLicense,
      Map<ContentType, GlobalLicense> typeLicenses,
      List<Component> components) {

    public Release {
      typeLicenses =
          typeLicenses.isEmpty()
              ? Map.of()
              : Collections.unmodifiableMap(new EnumMap<>(typeLicenses));
      components = List.copyOf(components);
    }
  }

  /**
   * A global licence: {@code name} is the licence string, {@code path} where it is; either null.
   */
  public record GlobalLicense(String name, String path) {}

  /**
   * One entry of {@code release.components}.
   *
   * @param licenseKeyPresent whether the entry has a {@code license} key at all
   * @param license the {@code license} value exactly as written; {@code null} if the key is absent
   *     or has no value
   */
  public record Component(
      MofComponent component,
      String description,
      boolean licenseKeyPresent,
      String license,
      String licensePath,
      String componentPath) {

    /** The name as written, which is always the component's exact MOT name. */
    public String name() {
      return component.motName();
    }

    /**
     * Whether the component declares its own licence, which then applies with no fallback to the
     * global licences, even when it is empty or {@code unlicensed}.
     */
    public boolean declaresLicense() {
      return license != null;
    }
  }
}
