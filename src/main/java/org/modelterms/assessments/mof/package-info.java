/**
 * The Model Openness Framework (MOF 1.0) classification, computed exactly as the Model Openness
 * Tool (isitopen.ai) computes it. Plain Java, no framework or database.
 *
 * <ul>
 *   <li>{@link org.modelterms.assessments.mof.MotModelFile} reads a MOT model file.
 *   <li>{@link org.modelterms.assessments.mof.MofInput} is what the evaluation needs, from a MOT
 *       file or from the registry's own data.
 *   <li>{@link org.modelterms.assessments.mof.OpenLicensePolicy} says which licence strings are
 *       open; {@link org.modelterms.assessments.mof.MotLicenseTables} builds the MOT's own from its
 *       files, {@link org.modelterms.assessments.mof.MotLicensePolicy} from any table.
 *   <li>{@link org.modelterms.assessments.mof.MofEvaluator} gives a {@link
 *       org.modelterms.assessments.mof.MofResult}: the class achieved, progress per class and the
 *       verdict on each component.
 * </ul>
 */
package org.modelterms.assessments.mof;
