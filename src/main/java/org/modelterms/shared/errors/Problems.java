package org.modelterms.shared.errors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every problem with one input, so the caller hears of all of them at once. */
public final class Problems {

  private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+([.-][a-z0-9]+)*$");
  private static final Pattern URL = Pattern.compile("^https?://[^\\s]+$");
  private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

  private final List<UserError> errors = new ArrayList<>();

  public Problems add(UserErrorCode code, String message, String... field) {
    errors.add(UserError.of(code, message, field));
    return this;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws, rolling back the caller's transaction, if any problem was found. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new UserErrorsException(errors);
    }
  }

  /** A required text: not blank and at most {@code max} characters. Returns it trimmed. */
  public String requireText(String value, int max, String... field) {
    if (value == null || value.isBlank()) {
      add(UserErrorCode.REQUIRED, "A value is required.", field);
      return null;
    }
    return optionalText(value, max, field);
  }

  /** An optional text: null stays null, blank becomes null, else at most {@code max} characters. */
  public String optionalText(String value, int max, String... field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      add(UserErrorCode.TOO_LONG, "At most " + max + " characters are allowed.", field);
    }
    return trimmed;
  }

  public String requireSlug(String value, String... field) {
    String slug = requireText(value, 100, field);
    if (slug != null && !SLUG.matcher(slug).matches()) {
      add(
          UserErrorCode.INVALID_FORMAT,
          "A slug is lowercase letters and digits in words joined by '-' or '.', e.g."
              + " \"llama-3.1-8b\".",
          field);
    }
    return slug;
  }

  public String optionalUrl(String value, String... field) {
    String url = optionalText(value, 2000, field);
    if (url != null && !URL.matcher(url).matches()) {
      add(UserErrorCode.INVALID_FORMAT, "An http:// or https:// URL is expected.", field);
    }
    return url;
  }

  public String optionalCountry(String value, String... field) {
    String country = optionalText(value, 100, field);
    if (country != null && !COUNTRY.matcher(country).matches()) {
      add(
          UserErrorCode.INVALID_FORMAT,
          "An ISO 3166-1 alpha-2 country code in capitals is expected, e.g. \"US\".",
          field);
    }
    return country;
  }

  public void dateOrder(LocalDate from, LocalDate to, String... field) {
    if (from != null && to != null && !to.isAfter(from)) {
      add(UserErrorCode.DATE_ORDER, "The end date must be after the start date.", field);
    }
  }

  public void notInFuture(LocalDate date, String... field) {
    if (date != null && date.isAfter(LocalDate.now().plusYears(1))) {
      add(UserErrorCode.OUT_OF_RANGE, "The date is more than a year in the future.", field);
    }
  }
}
