package org.modelterms.licenses;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SPDX License List as bundled by {@code org.spdx:java-spdx-library}: licences with their OSI
 * and FSF flags, and the licence exceptions. Read once from the library's resources.
 */
public record SpdxLicenseList(
    String version, List<ListedLicense> licenses, Map<String, String> exceptionsByLowerId) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ListedLicense(
      String licenseId,
      String name,
      String reference,
      List<String> seeAlso,
      boolean isOsiApproved,
      boolean isFsfLibre,
      boolean isDeprecatedLicenseId) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record LicensesFile(String licenseListVersion, List<ListedLicense> licenses) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ListedException(String licenseExceptionId) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ExceptionsFile(List<ListedException> exceptions) {}

  private static final String LICENSES = "resources/stdlicenses/licenses.json";
  private static final String EXCEPTIONS = "resources/stdlicenses/exceptions.json";

  private static volatile SpdxLicenseList bundled;

  /** The bundled list, read on first use. */
  public static SpdxLicenseList bundled() {
    SpdxLicenseList list = bundled;
    if (list == null) {
      synchronized (SpdxLicenseList.class) {
        if (bundled == null) {
          bundled = read(new ObjectMapper());
        }
        list = bundled;
      }
    }
    return list;
  }

  /**
   * The release of the bundled list, read without the licences: the start compares it with the
   * release loaded in the database, and reads the whole list only when they differ.
   */
  public static String bundledVersion() {
    SpdxLicenseList list = bundled;
    return list != null ? list.version() : readVersion();
  }

  /** The release named at the head of the bundled list's file. */
  static String readVersion() {
    try (InputStream in = open(LICENSES);
        JsonParser parser = new JsonFactory().createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("The SPDX License List " + LICENSES + " is not an object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("licenseListVersion")) {
          return parser.getValueAsString();
        }
        parser.skipChildren();
      }
      throw new IllegalStateException("The SPDX License List " + LICENSES + " names no release");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the SPDX License List " + LICENSES, e);
    }
  }

  /** The canonical spelling of an exception id, or null if SPDX does not list it. */
  public String exception(String id) {
    return exceptionsByLowerId.get(id.toLowerCase(java.util.Locale.ROOT));
  }

  private static SpdxLicenseList read(ObjectMapper json) {
    LicensesFile licenses = readResource(json, LICENSES, LicensesFile.class);
    ExceptionsFile exceptions = readResource(json, EXCEPTIONS, ExceptionsFile.class);
    Map<String, String> byLowerId = new TreeMap<>();
    for (ListedException e : exceptions.exceptions()) {
      byLowerId.put(
          e.licenseExceptionId().toLowerCase(java.util.Locale.ROOT), e.licenseExceptionId());
    }
    return new SpdxLicenseList(
        licenses.licenseListVersion(), List.copyOf(licenses.licenses()), Map.copyOf(byLowerId));
  }

  private static <T> T readResource(ObjectMapper json, String path, Class<T> type) {
    try (InputStream in = open(path)) {
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the SPDX License List " + path, e);
    }
  }

  private static InputStream open(String path) {
    InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(
          "The SPDX License List is missing from the classpath: " + path);
    }
    return in;
  }
}
