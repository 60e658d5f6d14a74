package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Test documents: the complete fixture and edited copies of it. */
final class Fixtures {
  private Fixtures() {}

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/inputs/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode complete() {
    return tree("complete.json");
  }

  /** The document with every field of continuous evaluation. */
  static ObjectNode continuous() {
    return tree("continuous.json");
  }

  private static ObjectNode tree(String name) {
    try {
      return (ObjectNode) Interchange.mapper().readTree(resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The complete document after {@code edit}. */
  static byte[] edited(Consumer<ObjectNode> edit) {
    return edited(complete(), edit);
  }

  /** The continuous-evaluation document after {@code edit}. */
  static byte[] editedContinuous(Consumer<ObjectNode> edit) {
    return edited(continuous(), edit);
  }

  private static byte[] edited(ObjectNode doc, Consumer<ObjectNode> edit) {
    edit.accept(doc);
    return doc.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Sets the value at {@code pointer} (its parent must exist). */
  static Consumer<ObjectNode> set(String pointer, Object value) {
    return doc -> {
      JsonPointer p = JsonPointer.compile(pointer);
      JsonNode parent = doc.at(p.head());
      JsonNode v = Interchange.mapper().valueToTree(value);
      if (parent instanceof ArrayNode array) {
        array.set(Integer.parseInt(p.last().getMatchingProperty()), v);
      } else {
        ((ObjectNode) parent).set(p.last().getMatchingProperty(), v);
      }
    };
  }

  /** Removes the field at {@code pointer}. */
  static Consumer<ObjectNode> remove(String pointer) {
    return doc -> {
      JsonPointer p = JsonPointer.compile(pointer);
      ((ObjectNode) doc.at(p.head())).remove(p.last().getMatchingProperty());
    };
  }

  /** Appends a copy of the element at {@code pointer} to its array, after applying {@code edit}. */
  static Consumer<ObjectNode> duplicate(String pointer, Consumer<ObjectNode> edit) {
    return doc -> {
      JsonPointer p = JsonPointer.compile(pointer);
      ArrayNode array = (ArrayNode) doc.at(p.head());
      ObjectNode copy = ((ObjectNode) doc.at(p)).deepCopy();
      edit.accept(copy);
      array.add(copy);
    };
  }
}
