package org.modelterms.assessments.euindex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One model family as one file of the index rates it. The index follows the latest model of a
 * family, so an entry is only meaningful together with the data set version it was read from (see
 * {@link EuIndexDataSet#version()}).
 *
 * @param fileName the source file's name, e.g. {@code llama-3.1.yaml}
 * @param ratings every dimension, in {@link EuIndexDimension} order; absent classes are
 *     NOT_APPLICABLE
 * @param huggingFaceRepos "owner/name" ids derived from the system link and the weights links, in
 *     that order, without duplicates
 * @param ignoredKeys keys the parser tolerated but did not read ("system.datasources_endmodel (line
 *     23)"), so an importer can report them instead of losing them silently
 */
public record EuIndexEntry(
    String fileName,
    SystemInfo system,
    OrgInfo org,
    Map<EuIndexDimension, Rating> ratings,
    List<String> huggingFaceRepos,
    List<String> ignoredKeys) {

  public EuIndexEntry {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(org, "org");
    EnumMap<EuIndexDimension, Rating> copy = new EnumMap<>(EuIndexDimension.class);
    copy.putAll(ratings);
    if (copy.size() != EuIndexDimension.values().length) {
      throw new IllegalArgumentException("an entry rates all 12 dimensions, got " + copy.keySet());
    }
    ratings = Collections.unmodifiableMap(copy);
    huggingFaceRepos = List.copyOf(huggingFaceRepos);
    ignoredKeys = List.copyOf(ignoredKeys);
  }

  public Rating rating(EuIndexDimension dimension) {
    return ratings.get(dimension);
  }

  /**
   * The {@code system} section. All fields but {@code name} may be null.
   *
   * @param links the {@code link} value: one URL, or several when the file gives a list
   * @param type as written, e.g. "text" or "text,code"; see {@link #types()}
   */
  public record SystemInfo(
      String name,
      List<String> links,
      String type,
      String performanceClass,
      String baseModelName,
      String endModelName,
      String endModelLicense,
      ReleaseDate releaseDate,
      String notes) {

    public SystemInfo {
      Objects.requireNonNull(name, "name");
      links = List.copyOf(links);
    }

    /** The model types, split from {@code type} ("text,code" gives text and code). */
    public List<String> types() {
      if (type == null) {
        return List.of();
      }
      return Arrays.stream(type.split(","))
          .map(String::strip)
          .filter(t -> !t.isEmpty())
          .collect(Collectors.toUnmodifiableList());
    }
  }

  /** The {@code org} section; every field may be null, {@code links} may be empty. */
  public record OrgInfo(String name, List<String> links, String notes) {

    public OrgInfo {
      links = List.copyOf(links);
    }
  }

  /**
   * One dimension's rating. {@code links} is a list because 128 ratings at the pinned commit give
   * several evidence links ({@code link: ["https://...", "https://..."]}).
   *
   * @param cls NOT_APPLICABLE when the file leaves {@code class} empty
   * @param notes the index's reasoning, or null
   */
  public record Rating(OpennessClass cls, List<String> links, String notes) {

    public Rating {
      Objects.requireNonNull(cls, "cls");
      links = List.copyOf(links);
    }
  }

  /**
   * {@code system.releasedate} as written, and the month or day it names where it parses. The data
   * uses "2024-07" throughout; the contribution guide asks for "2024 NOV"; full dates are accepted
   * too. Anything else keeps only {@code raw}: a release date is context, not worth rejecting a
   * file's ratings over.
   *
   * @param yearMonth null when {@code raw} does not parse
   * @param date null unless {@code raw} names a day
   */
  public record ReleaseDate(String raw, YearMonth yearMonth, LocalDate date) {

    private static final DateTimeFormatter YEAR_DASH_MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
    // "2024 NOV", "2024 Nov" and "2024 November": the guide's format, in any case.
    private static final List<DateTimeFormatter> YEAR_SPACE_MONTH =
        List.of(
            new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern("uuuu MMM")
                .toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern("uuuu MMMM")
                .toFormatter(Locale.ENGLISH));

    public ReleaseDate {
      Objects.requireNonNull(raw, "raw");
    }

    public static ReleaseDate of(String raw) {
      String text = raw.strip();
      Optional<LocalDate> date = tryParse(() -> LocalDate.parse(text));
      if (date.isPresent()) {
        return new ReleaseDate(raw, YearMonth.from(date.get()), date.get());
      }
      Optional<YearMonth> month = tryParse(() -> YearMonth.parse(text, YEAR_DASH_MONTH));
      for (DateTimeFormatter format : YEAR_SPACE_MONTH) {
        if (month.isEmpty()) {
          month = tryParse(() -> YearMonth.parse(text, format));
        }
      }
      return new ReleaseDate(raw, month.orElse(null), null);
    }

    public Optional<YearMonth> parsedYearMonth() {
      return Optional.ofNullable(yearMonth);
    }

    public Optional<LocalDate> parsedDate() {
      return Optional.ofNullable(date);
    }

    private static <T> Optional<T> tryParse(Supplier<T> parse) {
      try {
        return Optional.of(parse.get());
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }
}
