package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a document into regions that a JSON Schema validator can check one at a time, so that the
 * messages it collects stay as few as one region's: each element of an array whose schema is only
 * {@code type} and {@code items} is a region of its own, checked against the items' schema, and its
 * place in the region above is left an empty array. An object keeps at most {@code maxUnknown} of
 * the fields its schema does not define (with {@code additionalProperties: false}, each is one
 * problem and nothing more): the others are only counted. Immutable and thread-safe.
 */
final class SchemaRegions {
  private static final Set<String> ARRAY_ONLY = Set.of("type", "items", "description", "$comment");

  /** Checks one region. */
  interface RegionCheck {
    /**
     * @param region the region, arrays of their own left empty
     * @param schema the schema of the region's root
     * @param at the JSON path of the region's root
     */
    void check(JsonNode region, JsonSchema schema, String at);
  }

  private final JsonNode schemaTree;
  private final Function<JsonNode, JsonSchema> compiler;
  private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

  /**
   * @param schemaTree the schema, its {@code $ref}s all local ({@code #/$defs/…})
   * @param compiler makes a validator of a schema tree
   */
  SchemaRegions(JsonNode schemaTree, Function<JsonNode, JsonSchema> compiler) {
    this.schemaTree = schemaTree;
    this.compiler = compiler;
  }

  /**
   * @param root the document
   * @param maxUnknown how many undefined fields of one object are kept
   * @param check checks each region
   * @param unlisted told how many undefined fields were counted and not kept
   */
  void check(JsonNode root, int maxUnknown, RegionCheck check, LongConsumer unlisted) {
    Deque<Pending> arrays = new ArrayDeque<>();
    check.check(region(root, "", JsonPaths.ROOT, arrays, maxUnknown, unlisted), schema(""), JsonPaths.ROOT);
    while (!arrays.isEmpty()) {
      Pending a = arrays.poll();
      JsonSchema items = schema(a.itemsPointer);
      for (int i = 0; i < a.array.size(); i++) {
        String at = JsonPaths.index(a.path, i);
        check.check(region(a.array.get(i), a.itemsPointer, at, arrays, maxUnknown, unlisted), items, at);
      }
    }
  }

  private record Pending(ArrayNode array, String itemsPointer, String path) {}

  private JsonNode region(JsonNode node, String pointer, String path, Deque<Pending> arrays, int maxUnknown,
      LongConsumer unlisted) {
    JsonNode schema = resolved(pointer);
    if (!(node instanceof ObjectNode object) || schema == null || !schema.has("properties")) {
      return node;
    }
    String base = resolvedPointer(pointer);
    JsonNode properties = schema.get("properties");
    boolean closed = schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean();
    ObjectNode copy = object.objectNode();
    int unknown = 0;
    for (Map.Entry<String, JsonNode> f : object.properties()) {
      String name = f.getKey();
      JsonNode value = f.getValue();
      if (!properties.has(name)) {
        if (closed && ++unknown > maxUnknown) {
          unlisted.accept(1);
        } else {
          copy.set(name, value);
        }
        continue;
      }
      String child = base + "/properties/" + escape(name);
      String childPath = JsonPaths.field(path, name);
      String items = itemsOf(child);
      if (value instanceof ArrayNode array && items != null) {
        copy.set(name, copy.arrayNode());
        if (!array.isEmpty()) {
          arrays.add(new Pending(array, items, childPath));
        }
      } else {
        copy.set(name, region(value, child, childPath, arrays, maxUnknown, unlisted));
      }
    }
    return copy;
  }

  /** The pointer of the items' schema, when the schema at {@code pointer} is a plain array's. */
  private @Nullable String itemsOf(String pointer) {
    JsonNode schema = resolved(pointer);
    if (schema == null || !schema.has("items")) {
      return null;
    }
    for (var it = schema.fieldNames(); it.hasNext(); ) {
      if (!ARRAY_ONLY.contains(it.next())) {
        return null;
      }
    }
    return resolvedPointer(pointer) + "/items";
  }

  private JsonSchema schema(String pointer) {
    String at = resolvedPointer(pointer);
    return compiled.computeIfAbsent(at, p -> {
      if (p.isEmpty()) {
        return compiler.apply(schemaTree);
      }
      ObjectNode document = ((ObjectNode) schemaTree.at(p)).deepCopy();
      document.set("$schema", schemaTree.get("$schema"));
      document.set("$defs", schemaTree.get("$defs"));
      return compiler.apply(document);
    });
  }

  private @Nullable JsonNode resolved(String pointer) {
    JsonNode node = schemaTree.at(resolvedPointer(pointer));
    return node.isMissingNode() ? null : node;
  }

  /** Follows local {@code $ref}s: {@code /properties/cadres/items} to {@code /$defs/cadre}. */
  private String resolvedPointer(String pointer) {
    String at = pointer;
    for (int hops = 0; hops < 16; hops++) {
      JsonNode ref = schemaTree.at(at).get("$ref");
      if (ref == null || !ref.asText().startsWith("#")) {
        return at;
      }
      at = ref.asText().substring(1);
    }
    throw new IllegalStateException("$ref chain too long at " + pointer);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
