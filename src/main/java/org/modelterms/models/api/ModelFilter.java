package org.modelterms.models.api;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.modelterms.models.Availability;
import org.modelterms.models.Modality;
import org.modelterms.openness.MofClass;
import org.modelterms.openness.OsaidVerdict;

@Input("ModelFilter")
@Description("Narrows a list of models; all given conditions must hold.")
public record ModelFilter(
    @Description("The provider's slug.") String provider,
    @Description("ISO 3166-1 alpha-2 code of the provider's country, ignoring case.")
        String country,
    @Description(
            "A licence (SPDX id, LicenseRef id or Hugging Face tag) that the model or one of its"
                + " components is licensed under.")
        String license,
    Modality modality,
    @Description("Released on or after this date.") LocalDate releasedFrom,
    @Description("Released before this date.") LocalDate releasedBefore,
    @Description("Words the name, slug or Hugging Face id contains, case-insensitively.")
        String search,
    @Description("Derived from this model (slug or Hugging Face id).") String baseModel,
    @Description("The availability of the final parameters (weights).") Availability weights,
    @Description(
            "The availability of the code (training, inference and pre-processing), as"
                + " `openness.code` summarises it.")
        Availability code,
    @Description(
            "The availability of the data (datasets and data card), as `openness.data` summarises"
                + " it.")
        Availability data,
    @Description("Today's verdict under the Open Source AI Definition 1.0.") OsaidVerdict osaid,
    @Description("The class achieved under the Model Openness Framework 1.0.") MofClass mofClass) {

  /** Whether the filter reads today's verdicts, which may first need computing. */
  public boolean readsVerdicts() {
    return osaid != null || mofClass != null;
  }
}
