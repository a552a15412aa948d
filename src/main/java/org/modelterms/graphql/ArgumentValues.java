package org.modelterms.graphql;

import java.util.List;
import java.util.Map;

/**
 * Writes a field's coerced argument values as text that two sets of values share only when they are
 * equal: strings are quoted and escaped, and every other value names its class, so {@code "1"} and
 * {@code 1}, or a string that contains a separator, never read like another value.
 */
final class ArgumentValues {

  private ArgumentValues() {}

  static String canonical(Map<String, Object> arguments) {
    StringBuilder text = new StringBuilder();
    write(arguments, text);
    return text.toString();
  }

  private static void write(Object value, StringBuilder text) {
    if (value == null) {
      text.append("null");
    } else if (value instanceof Map<?, ?> map) {
      text.append('{');
      map.forEach(
          (key, item) -> {
            quote(String.valueOf(key), text);
            text.append(':');
            write(item, text);
            text.append(',');
          });
      text.append('}');
    } else if (value instanceof List<?> list) {
      text.append('[');
      list.forEach(
          item -> {
            write(item, text);
            text.append(',');
          });
      text.append(']');
    } else if (value instanceof CharSequence string) {
      quote(string.toString(), text);
    } else if (value instanceof Enum<?> constant) {
      text.append(constant.getDeclaringClass().getName()).append('.').append(constant.name());
    } else {
      text.append(value.getClass().getName()).append('(');
      quote(value.toString(), text);
      text.append(')');
    }
  }

  private static void quote(String string, StringBuilder text) {
    text.append('"');
    for (int i = 0; i < string.length(); i++) {
      char c = string.charAt(i);
      if (c == '"' || c == '\\') {
        text.append('\\');
      }
      text.append(c);
    }
    text.append('"');
  }
}
