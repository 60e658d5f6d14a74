package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.ruleset.VersionTimeline;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * Reads and writes the interchange documents of the library.
 *
 * <p>Reading an input checks it completely before anything is bound: a malformed or invalid
 * document raises {@link InvalidInputException} listing every problem with its JSON path, never a
 * parser's exception. Numbers are kept exact ({@link java.math.BigDecimal}), dates are ISO-8601.
 *
 * <p>Instances are immutable and thread-safe; configure with the {@code with…} methods, which
 * return a new instance:
 *
 * <pre>{@code
 * Interchange json = Interchange.standard().withRuleSetVersions(timeline);
 * EvaluationInput input = json.readInput(Path.of("input.json"));
 * }</pre>
 */
public final class Interchange {
  /** Binds, writes and copies trees; documents from outside are parsed by a {@link DocumentReader}. */
  private static final JsonMapper MAPPER = newMapper(StreamReadConstraints.defaults());
  private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());
  private static final Interchange STANDARD = new Interchange(null, InputLimits.defaults(),
      new DocumentReader(InputLimits.defaults()), new InputValidator(null));

  private final @Nullable VersionTimeline ruleSetVersions;
  private final InputLimits limits;
  private final DocumentReader reader;
  private final InputValidator validator;

  private Interchange(@Nullable VersionTimeline ruleSetVersions, InputLimits limits, DocumentReader reader,
      InputValidator validator) {
    this.ruleSetVersions = ruleSetVersions;
    this.limits = limits;
    this.reader = reader;
    this.validator = validator;
  }

  /**
   * The standard configuration: every check of the contract except those about rule set versions,
   * which need to know the versions available (see {@link #withRuleSetVersions}), with the
   * {@linkplain InputLimits#defaults() default limits}.
   *
   * @return the shared standard instance
   */
  public static Interchange standard() {
    return STANDARD;
  }

  /**
   * A copy that also checks {@code period.ruleSetVersion} against {@code versions}, and that a
   * version is in force on the period's end when the input names none.
   *
   * @param versions the rule set versions available
   * @return the configured copy
   */
  public Interchange withRuleSetVersions(VersionTimeline versions) {
    Objects.requireNonNull(versions, "versions");
    return new Interchange(versions, limits, reader, validator.withVersions(versions));
  }

  /**
   * A copy that reads within other limits: the size of a document and of a stream's line, nesting,
   * the length of strings and numbers, decimal places, and how many problems are listed. This is the
   * one place a host sets them; an {@code Evaluator} built with this interchange applies them too.
   *
   * @param limits the limits
   * @return the configured copy
   */
  public Interchange withLimits(InputLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return new Interchange(ruleSetVersions, limits, new DocumentReader(limits),
        new InputValidator(ruleSetVersions, limits));
  }

  /** @return the limits documents are read within */
  public InputLimits limits() {
    return limits;
  }

  /** @return the rule set versions checked against, or {@code null} when versions are not checked */
  public @Nullable VersionTimeline ruleSetVersions() {
    return ruleSetVersions;
  }

  // ---------------------------------------------------------------- input

  /**
   * Reads and validates an input document from a file. A valid document is read as a stream, one
   * element of an array at a time, so that only its records are held (see {@code StreamedInput});
   * a document that may have a problem is read again as a tree and checked against the schema.
   *
   * @param file the JSON file
   * @return the input, valid in every respect
   * @throws InvalidInputException listing every problem, when the document is malformed or invalid
   * @throws InterchangeIOException when the file cannot be read
   */
  public EvaluationInput readInput(Path file) {
    try {
      EvaluationInput quick;
      try (InputStream in = Files.newInputStream(file); JsonParser parser = reader.parser(in)) {
        quick = StreamedInput.read(parser, reader.values(), ruleSetVersions, limits);
      }
      if (quick != null) {
        return quick;
      }
      try (InputStream in = Files.newInputStream(file)) {
        return validated(reader.read(in));
      }
    } catch (IOException e) {
      throw new InterchangeIOException(file.toString(), e);
    }
  }

  /**
   * Reads and validates an input document from a stream, which is read to the end of the document
   * (or to {@link InputLimits#maxDocumentBytes()}) and not closed. A stream cannot be read twice, so
   * the document is read as a tree (about ten times its size in memory); prefer {@link
   * #readInput(Path)} for a large document.
   *
   * @param in the stream of UTF-8 JSON
   * @return the input, valid in every respect
   * @throws InvalidInputException listing every problem, when the document is malformed or invalid
   * @throws InterchangeIOException when the stream cannot be read
   */
  public EvaluationInput readInput(InputStream in) {
    try {
      return checked(reader.read(in));
    } catch (IOException e) {
      throw new InterchangeIOException("input stream", e);
    }
  }

  /**
   * Reads and validates an input document.
   *
   * @param json the JSON text
   * @return the input, valid in every respect
   * @throws InvalidInputException listing every problem, when the document is malformed or invalid
   */
  public EvaluationInput readInput(String json) {
    return readInput(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads and validates an input document, streamed as {@link #readInput(Path)} reads a file.
   *
   * @param json the UTF-8 JSON bytes
   * @return the input, valid in every respect
   * @throws InvalidInputException listing every problem, when the document is malformed or invalid
   */
  public EvaluationInput readInput(byte[] json) {
    EvaluationInput quick = acceptedQuickly(json);
    return quick != null ? quick : validated(reader.read(json));
  }

  private EvaluationInput checked(JsonNode tree) {
    EvaluationInput quick = acceptedQuickly(tree);
    return quick != null ? quick : validated(tree);
  }

  /** The slow path of reading: every problem of the document worded, else its records. */
  private EvaluationInput validated(JsonNode tree) {
    validator.validate(tree).throwIfAny();
    return bind(tree, EvaluationInput.class);
  }

  /**
   * The fast path of reading: the document's records, when {@link ModelCheck} accepts them and the
   * document is their {@link WrittenForm}, so that it surely has no problem; else null, and the
   * document goes through {@link InputValidator}, which words every problem. The document is read
   * as a stream ({@link StreamedInput}): only the records, and one element of an array at a time as
   * a tree, are held.
   *
   * @param json the document
   * @return its input, or null when it may have a problem
   */
  @Nullable EvaluationInput acceptedQuickly(byte[] json) {
    try (JsonParser parser = reader.parser(json)) {
      return parser == null ? null : StreamedInput.read(parser, reader.values(), ruleSetVersions, limits);
    } catch (IOException e) {
      return null; // not from a byte array; the slow path says what it is
    }
  }

  /**
   * The fast path of reading a document already read as a tree: as {@link #acceptedQuickly(byte[])},
   * the same stream read from the tree.
   *
   * @param tree the document
   * @return its input, or null when it may have a problem
   */
  @Nullable EvaluationInput acceptedQuickly(JsonNode tree) {
    try (JsonParser parser = new TreeTraversingParser(tree, MAPPER)) {
      return StreamedInput.read(parser, reader.values(), ruleSetVersions, limits);
    } catch (IOException e) {
      return null; // not from a tree
    }
  }

  /**
   * Parses a JSON document within this interchange's limits, without checking it against a schema:
   * for documents that hold an input, as a scenario file does.
   *
   * @param json the UTF-8 JSON bytes
   * @return the document's tree
   * @throws InvalidInputException when the document is malformed, empty or breaks a limit
   */
  public JsonNode readTree(byte[] json) {
    return reader.read(json);
  }

  /**
   * Checks an input document without binding it: the problems are those {@link #readInput(byte[])}
   * would raise.
   *
   * @param json the UTF-8 JSON bytes
   * @return the problems found, in path order (at most {@link InputLimits#maxProblems()}, the first
   *     ones); empty when the document is valid
   */
  public List<Problem> validateInput(byte[] json) {
    try {
      return validator.validate(reader.read(json)).listed();
    } catch (InvalidInputException e) {
      return e.problems();
    }
  }

  /**
   * Checks an input built in code against the same contract as a document (references, unique ids,
   * ranges, dates, rule set version …).
   *
   * @param input the input
   * @return every problem found, with the paths the document of that input would have
   */
  public List<Problem> validate(EvaluationInput input) {
    if (ModelCheck.accepts(input, ruleSetVersions, limits)) {
      return List.of();
    }
    return validator.validate(MAPPER.valueToTree(input)).listed();
  }

  /**
   * Writes an input as an indented {@code evaluation-input/1} document.
   *
   * @param input the input
   * @param out where to write UTF-8 JSON; not closed
   * @throws InterchangeIOException when the stream cannot be written
   */
  public void writeInput(EvaluationInput input, OutputStream out) {
    write(input, out);
  }

  /**
   * @param input the input
   * @return the input as an indented {@code evaluation-input/1} document
   */
  public String writeInputAsString(EvaluationInput input) {
    return asString(input);
  }

  /**
   * The canonical form of an input: see the project's documentation of {@code input.sha256}. Two
   * inputs that differ only in the order of their arrays (other than {@code period.reviews}, whose
   * order is prescribed), in formatting and trailing zeros of numbers, or in writing out a default of
   * continuous evaluation ({@code "conversion": 1}, {@code "delays": 0} …), have the same canonical form.
   *
   * @param input the input
   * @return its canonical UTF-8 JSON bytes
   */
  public byte[] canonicalInput(EvaluationInput input) {
    return CanonicalWriter.bytes(input);
  }

  /**
   * The same input with every array in its canonical order (by id, or by the fields of records
   * without an id; the period's reviews stay in their order), as in the canonical form. Evaluating it
   * gives the same report as the input.
   *
   * @param input the input
   * @return the input in canonical order
   */
  public EvaluationInput canonicalOrder(EvaluationInput input) {
    return CanonicalForm.sort(input);
  }

  /**
   * @param input the input
   * @return the SHA-256 of its {@linkplain #canonicalInput canonical form}, lower-case hex
   */
  public String canonicalInputSha256(EvaluationInput input) {
    return CanonicalWriter.sha256(input);
  }

  // ---------------------------------------------------------------- report

  /**
   * Writes a report as an indented {@code evaluation-report/1} document, with {@code \n} line ends;
   * the same report always gives the same bytes.
   *
   * @param report the report
   * @param out where to write UTF-8 JSON; not closed
   * @throws InterchangeIOException when the stream cannot be written
   */
  public void writeReport(EvaluationReport report, OutputStream out) {
    write(report, out);
  }

  /**
   * Writes a report as {@link #writeReport(EvaluationReport, OutputStream)} does, as characters: the
   * same text, written as it is produced (nothing is held but the generator's buffer), for a
   * destination that takes characters, such as a console.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws InterchangeIOException when the writer cannot be written
   */
  public void writeReport(EvaluationReport report, Writer out) {
    try {
      PRETTY.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, report);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new InterchangeIOException("output stream", e);
    }
  }

  /**
   * @param report the report
   * @return the report as an indented {@code evaluation-report/1} document
   */
  public String writeReportAsString(EvaluationReport report) {
    return asString(report);
  }

  /**
   * Reads a report document, checked against the published report schema.
   *
   * @param json the UTF-8 JSON bytes
   * @return the report
   * @throws InvalidInputException listing every problem, when the document is malformed or invalid
   */
  public EvaluationReport readReport(byte[] json) {
    JsonNode tree = reader.read(json);
    List<Problem> problems = ReportSchema.validate(tree);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return bind(tree, EvaluationReport.class);
  }

  /**
   * @param bytes any bytes
   * @return their SHA-256, lower-case hex
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  // ---------------------------------------------------------------- internals

  /** @return the problems of a tree, numbers beyond the limits replaced in it */
  ProblemSink validateTree(JsonNode tree) {
    return validator.validate(tree);
  }

  DocumentReader reader() {
    return reader;
  }

  EvaluationInput bindInput(JsonNode tree) {
    return bind(tree, EvaluationInput.class);
  }

  static JsonMapper mapper() {
    return MAPPER;
  }

  private static <T> T bind(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JsonMappingException e) {
      // The checks above are meant to make this unreachable; report it at its path all the same.
      throw new InvalidInputException(List.of(Problem.of(path(e.getPath()), "unreadable", type.getSimpleName(),
          e.getOriginalMessage())));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidInputException(List.of(Problem.of(JsonPaths.ROOT, "unreadable", type.getSimpleName(),
          e.getMessage())));
    }
  }

  private static String path(List<JsonMappingException.Reference> references) {
    String out = JsonPaths.ROOT;
    for (JsonMappingException.Reference r : references) {
      out = r.getFieldName() != null ? JsonPaths.field(out, r.getFieldName()) : JsonPaths.index(out, r.getIndex());
    }
    return out;
  }

  private static void write(Object value, OutputStream out) {
    try {
      PRETTY.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
      out.write('\n');
    } catch (IOException e) {
      throw new InterchangeIOException("output stream", e);
    }
  }

  private static String asString(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static JsonMapper newMapper(StreamReadConstraints constraints) {
    return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .build();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
  }
}
