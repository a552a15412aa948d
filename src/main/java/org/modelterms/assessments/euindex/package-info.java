/**
 * The European Open Source AI Index (osai-index.eu, Radboud University): a parser for its data set,
 * one YAML file per model family rated open / partial / closed on 12 dimensions. Plain Java with
 * Jackson YAML only, so it can be tested and reused without the application. The ratings are a
 * third party's opinion: show them with {@link
 * org.modelterms.assessments.euindex.EuIndexAttribution} and the data set version.
 */
package org.modelterms.assessments.euindex;
