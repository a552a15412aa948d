package org.modelterms.assessments.osaid;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.modelterms.models.ComponentKind;
import org.modelterms.openness.OsaidCriterionKind;

/**
 * The OSI's checklist for OSAID 1.0 as data ({@code assessments/osaid-1.0-checklist.yml}): which
 * components each criterion requires, whether all or any one of them, and the scope of accepted
 * terms each is checked against. Components it does not name are optional and never lower a
 * verdict.
 *
 * @param digest the SHA-256 of the resource, so that verdicts stored under other rules are dropped
 */
public record OsaidChecklist(
    String framework,
    List<Source> sources,
    List<Requirement> criteria,
    Set<ComponentKind> optional,
    String digest) {

  static final String RESOURCE = "assessments/osaid-1.0-checklist.yml";

  public record Source(String url, String title) {}

  /** ALL: every component is required; ANY: one of them suffices. */
  public enum Rule {
    ALL,
    ANY
  }

  /** A required component and the accepted-terms scope its licence is checked against. */
  public record Part(ComponentKind kind, String terms) {}

  public record Requirement(OsaidCriterionKind criterion, Rule rule, List<Part> components) {}

  private record File(
      String framework,
      List<Source> sources,
      List<Requirement> criteria,
      Set<ComponentKind> optional) {}

  private static final class Bundled {
    static final OsaidChecklist CHECKLIST = read();
  }

  /** The checklist shipped with the registry, read once. */
  public static OsaidChecklist bundled() {
    return Bundled.CHECKLIST;
  }

  static OsaidChecklist read() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      byte[] bytes = in.readAllBytes();
      File f =
          new ObjectMapper(new YAMLFactory())
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
              .readValue(bytes, File.class);
      String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      return new OsaidChecklist(f.framework(), f.sources(), f.criteria(), f.optional(), digest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Requirement requirement(OsaidCriterionKind criterion) {
    return criteria.stream()
        .filter(r -> r.criterion() == criterion)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The checklist lacks " + criterion));
  }
}
