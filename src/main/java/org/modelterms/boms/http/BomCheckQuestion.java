package org.modelterms.boms.http;

import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.modelterms.boms.read.BomFormat;
import org.modelterms.permissions.api.ActorInput;
import org.modelterms.policies.ActorKind;
import org.modelterms.policies.Purpose;
import org.modelterms.policies.UseCategory;
import org.modelterms.shared.errors.InvalidArgumentException;

/**
 * The question of {@code POST /api/bom/check}, from its query parameters: the arguments of {@code
 * bomCheck} under the same names, the actor's fields beside them ({@code actor} for its kind).
 *
 * @param format null to tell the format from the media type or the content
 * @param artifact the path SARIF results point at
 */
record BomCheckQuestion(
    BomFormat format,
    List<UseCategory> uses,
    LocalDate on,
    OffsetDateTime asKnownAt,
    ActorInput actor,
    String cardModelId,
    String artifact) {

  static final String DEFAULT_ARTIFACT = "bom.json";

  /**
   * @throws InvalidArgumentException naming the parameter, for a value the GraphQL API would refuse
   */
  static BomCheckQuestion of(RoutingContext ctx) {
    List<UseCategory> uses = new ArrayList<>();
    for (String use : values(ctx, "use")) {
      uses.add(parse(UseCategory.class, "use", use));
    }
    if (uses.isEmpty()) {
      uses.addAll(Arrays.asList(UseCategory.values()));
    }
    ActorKind kind = parse(ActorKind.class, "actor", single(ctx, "actor"));
    Purpose purpose = parse(Purpose.class, "purpose", single(ctx, "purpose"));
    String country = single(ctx, "country");
    Long users = number(single(ctx, "monthlyActiveUsers"));
    ActorInput actor =
        kind == null && country == null && users == null && purpose == null
            ? null
            : new ActorInput(kind, country, users, purpose);
    String artifact = single(ctx, "artifact");
    return new BomCheckQuestion(
        parse(BomFormat.class, "format", upper(single(ctx, "format"))),
        List.copyOf(new java.util.LinkedHashSet<>(uses)),
        date(single(ctx, "on")),
        dateTime(single(ctx, "asKnownAt")),
        actor,
        single(ctx, "cardModelId"),
        artifact == null ? DEFAULT_ARTIFACT : artifact);
  }

  /** Every value of a repeatable parameter, comma-separated ones split. */
  private static List<String> values(RoutingContext ctx, String name) {
    return ctx.queryParam(name).stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String single(RoutingContext ctx, String name) {
    List<String> given = ctx.queryParam(name);
    if (given.size() > 1) {
      throw new InvalidArgumentException("`" + name + "` is given " + given.size() + " times.");
    }
    return given.isEmpty() || given.get(0).isBlank() ? null : given.get(0).strip();
  }

  private static String upper(String value) {
    return value == null ? null : value.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidArgumentException(
          "`"
              + name
              + "` must be one of "
              + Arrays.toString(type.getEnumConstants())
              + ", not \""
              + value
              + "\".");
    }
  }

  private static LocalDate date(String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidArgumentException(
          "`on` must be a date like 2025-06-01, not \"" + value + "\".");
    }
  }

  private static OffsetDateTime dateTime(String value) {
    try {
      return value == null ? null : OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidArgumentException(
          "`asKnownAt` must be a date and time with its offset like 2025-06-01T00:00:00Z, not \""
              + value
              + "\".");
    }
  }

  private static Long number(String value) {
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new InvalidArgumentException(
          "`monthlyActiveUsers` must be a whole number, not \"" + value + "\".");
    }
  }
}
