package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * Parses JSON documents into trees within {@link InputLimits}: the parser itself stops at a document,
 * string, name or number longer than the limits, or nested deeper, so nothing beyond a limit is ever
 * buffered. Such a document is an invalid input with one problem, at the path of the value concerned
 * ({@code $} for the document's size); malformed JSON is one problem at {@code $} with its line and
 * column. Immutable and thread-safe.
 */
final class DocumentReader {
  private final InputLimits limits;
  private final JsonMapper mapper;
  private final ObjectReader values;

  DocumentReader(InputLimits limits) {
    this.limits = limits;
    // A string of n code points has at most 2n chars: the parser stops only strings that are surely too
    // long; the schema's maxLength counts the code points of the others exactly.
    long twice = 2L * limits.maxStringLength();
    int chars = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(twice, 1_000));
    this.mapper = Interchange.newMapper(StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxNestingDepth(limits.maxNestingDepth())
        .maxNumberLength(limits.maxNumberLength())
        .maxStringLength(chars)
        .maxNameLength(chars)
        .build());
    this.values = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * @param in UTF-8 JSON, to be read as a stream within the limits (the caller closes the parser)
   * @return a parser of it, before its first token
   * @throws IOException when the stream cannot be read
   */
  JsonParser parser(InputStream in) throws IOException {
    return mapper.createParser(in);
  }

  /**
   * @param json UTF-8 JSON, to be read as a stream within the limits
   * @return a parser of it, before its first token; null when it is longer than the limit
   * @throws IOException never, in practice: the bytes are in memory
   */
  @Nullable JsonParser parser(byte[] json) throws IOException {
    return json.length > limits.maxDocumentBytes() ? null : mapper.createParser(json);
  }

  /**
   * @return reads the value a parser is at as a tree, leaving what follows it to the caller (the
   *     parser's limits apply)
   */
  ObjectReader values() {
    return values;
  }

  /**
   * @param in UTF-8 JSON; read up to the end of the document or the limit, not closed
   * @return the document
   * @throws InvalidInputException when it is malformed, empty or breaks a limit
   * @throws IOException when the stream cannot be read
   */
  JsonNode read(InputStream in) throws IOException {
    try (JsonParser parser = mapper.createParser(in)) {
      return read(parser);
    }
  }

  /**
   * @param json UTF-8 JSON
   * @return the document
   * @throws InvalidInputException when it is malformed, empty or breaks a limit
   */
  JsonNode read(byte[] json) {
    if (json.length > limits.maxDocumentBytes()) {
      throw new InvalidInputException(List.of(tooLarge()));
    }
    try (JsonParser parser = mapper.createParser(json)) {
      return read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not from a byte array
    }
  }

  /**
   * @param json one line of a stream
   * @return the document
   * @throws InvalidInputException when it is malformed, empty or breaks a limit
   */
  JsonNode read(String json) {
    try (JsonParser parser = mapper.createParser(json)) {
      return read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not from a string
    }
  }

  private JsonNode read(JsonParser parser) throws IOException {
    JsonNode tree;
    try {
      tree = mapper.readTree(parser);
      if (tree != null && parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new InvalidInputException(List.of(Problem.of(JsonPaths.ROOT, "malformedAt", at.getLineNr(),
            at.getColumnNr(), "trailing content after the document")));
      }
    } catch (StreamConstraintsException e) {
      throw new InvalidInputException(List.of(beyondLimit(e, parser)));
    } catch (NumberFormatException e) {
      // an exponent beyond what a BigDecimal holds (1e9999999999): not a finite decimal
      throw new InvalidInputException(List.of(Problem.of(path(parser.getParsingContext()), "notADecimal",
          JsonSchemaCheck.shortened(String.valueOf(parser.getText())))));
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidInputException(List.of(at == null
          ? Problem.of(JsonPaths.ROOT, "malformed", e.getOriginalMessage())
          : Problem.of(JsonPaths.ROOT, "malformedAt", at.getLineNr(), at.getColumnNr(), e.getOriginalMessage())));
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidInputException(List.of(Problem.of(JsonPaths.ROOT, "emptyDocument")));
    }
    return tree;
  }

  /** Words a limit the parser stopped at, at the path it was reading. */
  private Problem beyondLimit(StreamConstraintsException e, JsonParser parser) {
    String message = String.valueOf(e.getOriginalMessage());
    JsonStreamContext context = parser.getParsingContext();
    String at = path(context);
    if (message.startsWith("Document length")) {
      return tooLarge();
    }
    if (message.startsWith("Document nesting depth")) {
      return Problem.of(at, "tooDeep", limits.maxNestingDepth());
    }
    if (message.startsWith("Number value length")) {
      return Problem.of(at, "numberTooLong", limits.maxNumberLength());
    }
    if (message.startsWith("String value length")) {
      return Problem.of(at, "tooLong", limits.maxStringLength());
    }
    if (message.startsWith("Name length")) {
      // the object's path: the name being read is not yet the context's, the one before it is
      String object = context != null && context.inObject() ? path(context.getParent()) : at;
      return Problem.of(object, "nameTooLong", limits.maxStringLength());
    }
    return Problem.of(at, "malformed", message);
  }

  private Problem tooLarge() {
    return Problem.of(JsonPaths.ROOT, "documentTooLarge", String.format(Locale.ROOT, "%,d", limits.maxDocumentBytes()));
  }

  /** The path of the value a parser is reading: its field's or its element's. */
  static String path(@Nullable JsonStreamContext context) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(0, c);
    }
    String out = JsonPaths.ROOT;
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        out = JsonPaths.index(out, Math.max(0, c.getCurrentIndex()));
      } else if (c.getCurrentName() != null) {
        out = JsonPaths.field(out, c.getCurrentName());
      }
    }
    return out;
  }
}
