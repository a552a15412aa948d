package org.modelterms.shared.errors;

import org.eclipse.microprofile.graphql.Description;

/** Stable codes of the problems a mutation reports in its payload. Never rename a value. */
@Description("Why a mutation's input was refused. Stable: clients may switch on these codes.")
public enum UserErrorCode {
  @Description("A required value is missing or blank.")
  REQUIRED,
  @Description("The value is malformed (see the message for the expected form).")
  INVALID_FORMAT,
  @Description("The value is longer or larger than allowed.")
  TOO_LONG,
  @Description("The value is out of the allowed range.")
  OUT_OF_RANGE,
  @Description("Another object already uses this unique value.")
  DUPLICATE,
  @Description("The object referred to does not exist.")
  NOT_FOUND,
  @Description("The licence id is neither in the SPDX list nor a registered LicenseRef.")
  UNKNOWN_LICENSE,
  @Description("The licence expression is not a valid SPDX licence expression.")
  INVALID_LICENSE_EXPRESSION,
  @Description("Dates are in the wrong order (an end before its start).")
  DATE_ORDER,
  @Description("The period overlaps another period that must not overlap it.")
  OVERLAP,
  @Description("The country is neither an ISO 3166-1 alpha-2 code nor a known country group.")
  UNKNOWN_COUNTRY,
  @Description("The change would make a model its own ancestor.")
  CYCLE,
  @Description("The object was changed by someone else since it was read.")
  CONFLICT
}
