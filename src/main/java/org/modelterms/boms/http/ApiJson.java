package org.modelterms.boms.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.modelterms.shared.nodes.Node;

/**
 * The GraphQL API records as JSON with the GraphQL field names: every record component the schema
 * shows (not the {@code @Ignore}d ones), a node's {@code id}, enums by name, dates in ISO form.
 * Fields that GraphQL computes on request through {@code @Source} (a model's provider or licences)
 * are not record components and are left out.
 */
final class ApiJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ApiJson() {}

  static JsonNode of(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (value instanceof Enum<?> e) {
      return NODES.textNode(e.name());
    }
    if (value instanceof TemporalAccessor) {
      return NODES.textNode(value.toString());
    }
    if (value instanceof Iterable<?> items) {
      ArrayNode array = NODES.arrayNode();
      items.forEach(item -> array.add(of(item)));
      return array;
    }
    if (value instanceof Record record) {
      return ofRecord(record);
    }
    throw new IllegalArgumentException("No JSON form for " + value.getClass().getName());
  }

  private static ObjectNode ofRecord(Record record) {
    ObjectNode object = NODES.objectNode();
    if (record instanceof Node node) {
      object.put("id", node.getId());
    }
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (ignored(record, component)) {
        continue;
      }
      Name name = component.getAnnotation(Name.class);
      try {
        object.set(
            name == null ? component.getName() : name.value(),
            of(component.getAccessor().invoke(record)));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + component, e);
      }
    }
    return object;
  }

  /** {@code @Ignore} lands on the component, its accessor or its field, as its targets allow. */
  private static boolean ignored(Record record, RecordComponent component) {
    if (component.isAnnotationPresent(Ignore.class)
        || component.getAccessor().isAnnotationPresent(Ignore.class)) {
      return true;
    }
    try {
      return record
          .getClass()
          .getDeclaredField(component.getName())
          .isAnnotationPresent(Ignore.class);
    } catch (NoSuchFieldException e) {
      return false;
    }
  }
}
