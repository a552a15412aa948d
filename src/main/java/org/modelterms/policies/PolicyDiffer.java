package org.modelterms.policies;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import org.modelterms.policies.api.DiffLine;
import org.modelterms.policies.api.PolicyDiff;
import org.modelterms.policies.api.PolicyVersion;
import org.modelterms.shared.errors.InvalidArgumentException;

/** Line diffs of two versions' texts (java-diff-utils' Myers diff). */
final class PolicyDiffer {

  private PolicyDiffer() {}

  static PolicyDiff diff(PolicyVersion older, PolicyVersion newer) {
    if (older.text() == null || newer.text() == null) {
      throw new InvalidArgumentException("The registry holds no text for one of the two versions.");
    }
    List<String> a = older.text().lines().toList();
    List<String> b = newer.text().lines().toList();
    Patch<String> patch = DiffUtils.diff(a, b);
    List<DiffLine> lines = new ArrayList<>();
    int added = 0;
    int removed = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      List<String> source = delta.getSource().getLines();
      for (int i = 0; i < source.size(); i++) {
        lines.add(new DiffLine("REMOVED", delta.getSource().getPosition() + i + 1, source.get(i)));
        removed++;
      }
      List<String> target = delta.getTarget().getLines();
      for (int i = 0; i < target.size(); i++) {
        lines.add(new DiffLine("ADDED", delta.getTarget().getPosition() + i + 1, target.get(i)));
        added++;
      }
    }
    String unified =
        String.join(
            "\n", UnifiedDiffUtils.generateUnifiedDiff(older.label(), newer.label(), a, patch, 3));
    return new PolicyDiff(older, newer, added, removed, lines, unified);
  }
}
