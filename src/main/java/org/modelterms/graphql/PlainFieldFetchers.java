package org.modelterms.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Reads the plain fields of API types (a record's component, a getter, a public field).
 *
 * <p>SmallRye GraphQL's own field fetcher clones the request's context and renders the selection
 * below the field as JSON, twice, for every field of every object in a response, although nothing
 * reads that context while a plain field is read: on a catalogue page of 100 models it was most of
 * the request's CPU (docs/benchmarks.md). This fetcher reads the value and converts it exactly as
 * SmallRye's does (formatted or adapted scalars, arrays, optionals, through SmallRye's own {@link
 * FieldHelper}), and skips even that for the fields SmallRye would return as read. Registered
 * through {@code META-INF/services}; SmallRye asks its fetcher services in priority order.
 */
public class PlainFieldFetchers implements DataFetcherService {

  private static final Logger LOG = Logger.getLogger(PlainFieldFetchers.class);

  /** Before Quarkus' own service (1), which has no field fetcher of its own anyway. */
  private static final int PRIORITY = 0;

  private static final Set<String> CONVERTED_CLASSES =
      Set.of("java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble");

  @Override
  public Integer getPriority() {
    return PRIORITY;
  }

  @Override
  public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
    return new PlainFieldFetcher<>(
        owner.getClassName(), field, readAsIs(field) ? null : new FieldHelper(field));
  }

  /** Whether SmallRye's fetcher would answer the value read, or a collection of the same items. */
  static boolean readAsIs(Field field) {
    Reference reference = field.getReference();
    if (field.hasTransformation()
        || field.isAdaptingTo()
        || field.isAdaptingWith()
        || reference.isAdaptingTo()
        || reference.isAdaptingWith()
        || CONVERTED_CLASSES.contains(reference.getClassName())) {
      return false;
    }
    if (reference.getType() == ReferenceType.SCALAR
        && !reference.getClassName().equals(reference.getGraphQLClassName())) {
      return false;
    }
    Wrapper wrapper = field.getWrapper();
    return wrapper == null || (wrapper.isCollection() && !wrapper.hasWrapper());
  }

  /** Reads one field; the accessor is looked up on first use, as SmallRye does. */
  static final class PlainFieldFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

    private final String className;
    private final Field field;
    private final FieldHelper conversion;
    private volatile Accessor accessor;

    PlainFieldFetcher(String className, Field field, FieldHelper conversion) {
      this.className = className;
      this.field = field;
      this.conversion = conversion;
    }

    /** Whether the value is converted after it is read (for tests). */
    boolean converts() {
      return conversion != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment environment) throws Exception {
      Object value = accessor().read(environment.getSource());
      if (conversion == null) {
        return (T) value;
      }
      try {
        return (T) conversion.transformOrAdaptResponse(value, environment);
      } catch (AbstractDataFetcherException e) {
        // What SmallRye's fetcher does: report, and answer the value unconverted.
        LOG.warnf(e, "Could not convert field %s of %s", field.getName(), className);
        return (T) value;
      }
    }

    private Accessor accessor() throws ReflectiveOperationException {
      Accessor found = accessor;
      if (found == null) {
        Class<?> owner = ClassloadingService.get().loadClass(className);
        if (field.getMethodName() == null) {
          java.lang.reflect.Field javaField = owner.getField(field.getPropertyName());
          found = javaField::get;
        } else {
          java.lang.reflect.Method method = owner.getMethod(field.getMethodName());
          found = method::invoke;
        }
        accessor = found;
      }
      return found;
    }
  }

  @FunctionalInterface
  private interface Accessor {
    Object read(Object source) throws ReflectiveOperationException;
  }
}
