package org.modelterms.boms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelterms.boms.cli.BomPolicy.Action;
import org.modelterms.boms.cli.BomPolicy.Unresolved;
import org.modelterms.permissions.UseVerdict;
import org.modelterms.policies.UseCategory;

/** The check's answer with the policy applied: the table, the summary line, the exit code. */
final class GateReport {

  /** One model's row: what the registry said and what the policy made of it, use by use. */
  record Row(
      String component,
      String resolution,
      List<String> cells,
      List<String> conditions,
      List<String> flags,
      Action action,
      boolean unresolved) {}

  private final List<String> uses;
  private final List<Row> rows;
  private final Unresolved onUnresolved;

  private GateReport(List<String> uses, List<Row> rows, Unresolved onUnresolved) {
    this.uses = uses;
    this.rows = rows;
    this.onUnresolved = onUnresolved;
  }

  static GateReport of(JsonNode check, BomPolicy policy, Map<String, List<String>> categories) {
    List<String> uses = new ArrayList<>();
    check.path("uses").forEach(u -> uses.add(u.asText()));
    List<Row> rows = new ArrayList<>();
    for (JsonNode c : check.path("components")) {
      if (!"MODEL".equals(c.path("type").asText())) {
        continue; // data sets are not judged
      }
      String name = c.hasNonNull("name") ? c.path("name").asText() : c.path("ref").asText();
      String path = c.path("resolution").path("path").asText();
      List<String> flags = new ArrayList<>();
      c.path("flags").forEach(f -> flags.add(f.path("code").asText()));
      if (path.equals("UNRESOLVED")) {
        String reason = c.path("resolution").path("reason").asText();
        rows.add(
            new Row(
                name,
                "UNRESOLVED (" + reason + ")",
                uses.stream().map(u -> "-").toList(),
                List.of(c.path("resolution").path("how").asText()),
                flags,
                unresolvedAction(policy.unresolved()),
                policy.unresolved() == Unresolved.ERROR));
        continue;
      }
      Action worst = Action.ALLOW;
      List<String> cells = new ArrayList<>();
      List<String> conditions = new ArrayList<>();
      List<String> licenceCategories = categories.getOrDefault(c.path("ref").asText(), List.of());
      for (JsonNode v : c.path("verdicts")) {
        UseVerdict verdict = UseVerdict.valueOf(v.path("verdict").asText());
        List<String> said = new ArrayList<>();
        v.path("conditions").forEach(x -> said.add(x.asText()));
        boolean needsApproval =
            verdict == UseVerdict.CONDITIONAL
                && said.stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains("approval"));
        Action action =
            policy.decide(
                UseCategory.valueOf(v.path("use").asText()),
                verdict,
                needsApproval,
                licenceCategories);
        worst = Action.strictest(worst, action);
        cells.add(
            verdict.name()
                + (action == Action.ALLOW
                    ? ""
                    : " (" + action.name().toLowerCase(Locale.ROOT) + ")"));
        if (!said.isEmpty()) {
          conditions.add(v.path("use").asText() + ": " + String.join("; ", said));
        }
      }
      rows.add(
          new Row(name, resolution(c.path("resolution")), cells, conditions, flags, worst, false));
    }
    return new GateReport(uses, rows, policy.unresolved());
  }

  private static Action unresolvedAction(Unresolved unresolved) {
    return switch (unresolved) {
      case ERROR, DENY -> Action.DENY;
      case APPROVAL -> Action.APPROVAL;
      case ALLOW -> Action.ALLOW;
    };
  }

  private static String resolution(JsonNode r) {
    String path = r.path("path").asText();
    String to = r.path("model").path("slug").asText(r.path("baseModel").path("slug").asText(null));
    if (to == null && r.path("licenses").size() > 0) {
      List<String> ids = new ArrayList<>();
      r.path("licenses").forEach(l -> ids.add(l.path("identifier").asText()));
      to = String.join(" ", ids);
    }
    return to == null ? path : path + " " + to;
  }

  int exitCode() {
    if (rows.stream().anyMatch(Row::unresolved)) {
      return CheckBomCommand.CANNOT_TELL;
    }
    return rows.stream().anyMatch(r -> r.action() != Action.ALLOW)
        ? CheckBomCommand.STOP
        : CheckBomCommand.PASS;
  }

  String summary() {
    long denied = rows.stream().filter(r -> !r.unresolved() && r.action() == Action.DENY).count();
    long approval =
        rows.stream().filter(r -> !r.unresolved() && r.action() == Action.APPROVAL).count();
    long unresolved = rows.stream().filter(Row::unresolved).count();
    long passed = rows.size() - denied - approval - unresolved;
    return String.format(
        "%d %s: %d pass, %d need approval, %d denied, %d unresolved; exit %d",
        rows.size(),
        rows.size() == 1 ? "model" : "models",
        passed,
        approval,
        denied,
        unresolved,
        exitCode());
  }

  void printTable(PrintStream out) {
    List<String> header = new ArrayList<>(List.of("component", "resolution"));
    header.addAll(uses);
    header.add("flags");
    List<List<String>> lines = new ArrayList<>();
    lines.add(header);
    for (Row r : rows) {
      List<String> line = new ArrayList<>(List.of(r.component(), r.resolution()));
      line.addAll(r.cells());
      line.add(String.join(" ", r.flags()));
      lines.add(line);
    }
    int[] widths = new int[header.size()];
    for (List<String> line : lines) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    for (List<String> line : lines) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < line.size(); i++) {
        text.append(String.format("%-" + widths[i] + "s", line.get(i)));
        if (i < line.size() - 1) {
          text.append("  ");
        }
      }
      out.println(text.toString().stripTrailing());
    }
    for (Row r : rows) {
      for (String condition : r.conditions()) {
        out.println("  " + r.component() + ": " + condition);
      }
    }
  }
}
