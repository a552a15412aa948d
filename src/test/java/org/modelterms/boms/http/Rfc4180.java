package org.modelterms.boms.http;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader, so that the CSV answer is read back as a spreadsheet would read it. */
final class Rfc4180 {

  private Rfc4180() {}

  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() > 0) {
          throw new IllegalArgumentException("a quote inside an unquoted field at " + i);
        }
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException("a bare line break outside quotes at " + i);
      } else {
        field.append(c);
      }
    }
    if (quoted || field.length() > 0 || !row.isEmpty()) {
      throw new IllegalArgumentException("the last record does not end with CRLF");
    }
    return rows;
  }
}
