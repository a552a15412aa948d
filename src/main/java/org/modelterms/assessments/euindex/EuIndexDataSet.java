package org.modelterms.assessments.euindex;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a directory of index files gave: the entries that parsed and, with a reason each, the files
 * that did not. One bad file does not hide the others' ratings.
 *
 * @param version the upstream commit the files come from; ratings change between commits, so it
 *     travels with every rating shown or stored
 * @param entries sorted by file name
 * @param rejected sorted by file name
 */
public record EuIndexDataSet(
    String version, List<EuIndexEntry> entries, List<RejectedFile> rejected) {

  public EuIndexDataSet {
    Objects.requireNonNull(version, "version");
    entries = List.copyOf(entries);
    rejected = List.copyOf(rejected);
  }

  public Optional<EuIndexEntry> entry(String fileName) {
    return entries.stream().filter(e -> e.fileName().equals(fileName)).findFirst();
  }

  /**
   * A file that could not be read as an index entry.
   *
   * @param line 1-based, or 0 when the problem is not tied to a line
   * @param problem what is wrong, in plain language
   */
  public record RejectedFile(String fileName, int line, String problem) {

    @Override
    public String toString() {
      return fileName + (line > 0 ? ", line " + line : "") + ": " + problem;
    }
  }
}
