package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Shares the values a document repeats while its records are bound: a cadre's id in each of its
 * tasks, a task's in each of its products, an indicator, a date, an amount, so that a large input
 * holds each such value once rather than once a place. The values are immutable ({@link String},
 * {@link BigDecimal}, {@link LocalDate}) and shared only when equal (a {@code BigDecimal} of the
 * same scale), so the records are the same; only their memory differs.
 *
 * <p>The tables are small and lossy: a value takes the slot of its hash in its type's table,
 * replacing what was there, so they cost a fixed 1.5 MiB at most however large the document, and
 * share what repeats nearby (the tasks of a cadre, the products of a task) and what repeats often.
 * One instance for one document, not thread-safe; binding shares values only when an instance is in
 * the context's attributes ({@link #KEY}).
 */
final class RepeatedValues {
  /** The attribute under which a reading's instance is found. */
  static final Object KEY = RepeatedValues.class;
  private static final int SLOTS = 1 << 16;
  private static final Set<Class<?>> SHARED = Set.of(String.class, BigDecimal.class, LocalDate.class);

  /** A table for each type, so that unique strings (a product's id) do not push out the decimals. */
  private final Object[] strings = new Object[SLOTS];
  private final Object[] decimals = new Object[SLOTS];
  private final Object[] dates = new Object[SLOTS];

  /**
   * @param value a value just read
   * @return an equal value read before, if the table holds one; else {@code value}, now held
   */
  Object share(Object value) {
    Object[] slots = value instanceof String ? strings : value instanceof BigDecimal ? decimals : dates;
    int slot = spread(value.hashCode()) & (SLOTS - 1);
    Object held = slots[slot];
    if (value.equals(held)) {
      return held;
    }
    slots[slot] = value;
    return value;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /**
   * @return a module whose deserializers of strings, decimals and dates share values through the
   *     instance in the context's attributes, when there is one; else they are the standard ones
   */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("RepeatedValues");
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
          JsonDeserializer<?> deserializer) {
        return SHARED.contains(description.getBeanClass()) ? new Sharing(deserializer) : deserializer;
      }
    });
    return module;
  }

  /** The standard deserializer of a type, its values shared. */
  private static final class Sharing extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Sharing(JsonDeserializer<?> standard) {
      super(standard);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Sharing(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object value = _delegatee.deserialize(p, ctxt);
      return value != null && ctxt.getAttribute(KEY) instanceof RepeatedValues shared ? shared.share(value) : value;
    }
  }
}
