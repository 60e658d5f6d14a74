package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Unit;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * Reads a population too large for one document as a stream ({@code evaluation-stream/1}, JSON
 * lines): a header line with the period (its reviews included), units and positions, then one line per
 * cadre with the cadre and its own tasks, orders, products, assessments, disciplines, confidence votes
 * and satisfaction surveys:
 *
 * <pre>
 * {"format":"evaluation-stream/1","period":{…},"units":[…],"positions":[…]}
 * {"cadre":{"id":"C1",…},"tasks":[…],"orders":[…],"products":[…],"assessments":[…],"disciplines":[…],"confidenceVotes":[…],"surveys":[…]}
 * </pre>
 *
 * <p>Each line is checked as the {@code evaluation-input/1} document that the header and that
 * cadre would make, so every rule of the contract applies; problems are reported with the line as
 * the first index of their path ({@code $[7].tasks[2].target}, line 7 counting the header as 0).
 * Ids must be unique among the cadres; the ids of tasks, orders and products are checked within
 * their line. Reading continues past a bad line, so that the problems are found in one pass, up to
 * the interchange's {@link InputLimits#maxProblems()}, where it stops; a line longer than {@link
 * InputLimits#maxLineLength()} stops it too, and is never buffered beyond that limit. Nothing read
 * after a problem should be used.
 *
 * <p>{@link #inputSha256()} identifies the stream's content whatever the order of its lines: the
 * SHA-256 of the header's canonical form followed by the sum (mod 2<sup>256</sup>) of the
 * SHA-256 of each line's canonical form. It is not the hash of the same data as one document.
 *
 * <p>Not thread-safe.
 */
public final class CadreStream implements AutoCloseable {
  /** The value of the header's {@code format} field. */
  public static final String FORMAT = "evaluation-stream/1";
  private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);

  private final BufferedReader reader;
  private final LineReader lines;
  private final int maxProblems;
  private boolean stopped;
  private final Interchange interchange;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> cadreIds = new HashSet<>();
  private final Map<String, Position> positions = new HashMap<>();
  private final Map<String, Unit> units = new HashMap<>();
  private final @Nullable EvaluationInput header;
  private final String headerSha;
  private BigInteger lineSum = BigInteger.ZERO;
  private int line = -1;
  private int cadres;

  private CadreStream(BufferedReader reader, Interchange interchange) throws IOException {
    this.reader = reader;
    this.interchange = interchange;
    this.lines = new LineReader(reader, interchange.limits().maxLineLength());
    this.maxProblems = interchange.limits().maxProblems();
    String first = readLine();
    EvaluationInput h = null;
    String sha = "";
    if (first == null) {
      if (!stopped) {
        problems.add(Problem.of("$[0]", "emptyDocument"));
      }
    } else {
      JsonNode tree = parse(first, 0);
      if (tree instanceof ObjectNode o) {
        if (!FORMAT.equals(o.path("format").asText())) {
          problems.add(Problem.of("$[0].format", "format", JsonSchemaCheck.quote(o.get("format")), "\"" + FORMAT + "\""));
        }
        o.put("format", EvaluationInput.FORMAT);
        o.set("cadres", o.arrayNode());
        List<Problem> found = interchange.validateTree(o).listed();
        found.forEach(p -> add(p, 0, null));
        if (found.isEmpty()) {
          h = interchange.bindInput(o);
          h.positions().forEach(p -> positions.put(p.code(), p));
          h.units().forEach(u -> units.put(u.id(), u));
          sha = Interchange.sha256(interchange.canonicalInput(h));
        }
      } else if (tree != null) {
        problems.add(Problem.of("$[0]", "type", "object", JsonSchemaCheck.quote(tree)));
      }
    }
    this.header = h;
    this.headerSha = sha;
  }

  /**
   * Opens a stream and reads its header.
   *
   * @param reader the stream's lines, UTF-8 decoded; not closed by this reader unless {@link #close()}
   * @param interchange the checks to apply (with rule set versions, as an evaluator's has)
   * @return the stream
   * @throws InterchangeIOException when the first line cannot be read
   */
  public static CadreStream open(BufferedReader reader, Interchange interchange) {
    try {
      return new CadreStream(reader, interchange);
    } catch (IOException e) {
      throw new InterchangeIOException("input stream", e);
    }
  }

  /** @return the period, units and positions, as an input without cadres; null when the header is invalid */
  public @Nullable EvaluationInput header() {
    return header;
  }

  /**
   * Reads the next cadre.
   *
   * @return the cadre and its records, with the header's period and the positions and units the
   *     cadre refers to, as a valid one-cadre input; or null at the end of the stream. A line with
   *     problems is skipped (its problems are in {@link #problems()}) and the next one read.
   * @throws InterchangeIOException when the stream cannot be read
   */
  public @Nullable EvaluationInput next() {
    try {
      String text;
      while (!stopped && (text = readLine()) != null) {
        if (text.isBlank()) {
          continue;
        }
        EvaluationInput one = cadreLine(text, line);
        if (one != null) {
          cadres++;
          return one;
        }
      }
      return null;
    } catch (IOException e) {
      throw new InterchangeIOException("input stream, line " + (line + 1), e);
    }
  }

  private @Nullable EvaluationInput cadreLine(String text, int at) {
    JsonNode tree = parse(text, at);
    if (!(tree instanceof ObjectNode o)) {
      if (tree != null) {
        problems.add(Problem.of("$[" + at + "]", "type", "object", JsonSchemaCheck.quote(tree)));
      }
      return null;
    }
    if (header == null) {
      return null;
    }
    ObjectNode doc = o.objectNode();
    doc.put("format", EvaluationInput.FORMAT);
    doc.set("period", Interchange.mapper().valueToTree(new EvaluationPeriod(header.period().id(),
        header.period().start(), header.period().end(), header.period().ruleSetVersion(), List.of(),
        header.period().reviews())));
    JsonNode cadre = o.remove("cadre");
    ArrayNode cadresArray = doc.putArray("cadres");
    ArrayNode positionsArray = doc.putArray("positions");
    ArrayNode unitsArray = doc.putArray("units");
    if (cadre == null) {
      problems.add(Problem.of("$[" + at + "].cadre", "required"));
      return null;
    }
    cadresArray.add(cadre);
    Position position = positions.get(cadre.path("position").asText());
    if (position != null) {
      positionsArray.add(Interchange.mapper().valueToTree(position));
    }
    for (JsonNode unit : cadre.path("leads")) {
      Unit u = units.get(unit.asText());
      if (u != null && !containsId(unitsArray, u.id())) {
        unitsArray.add(Interchange.mapper().valueToTree(u));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      doc.set(f.getKey(), f.getValue());
    }
    // The fast path first, as for a document: the validator words the problems of a line it refuses.
    EvaluationInput quick = interchange.acceptedQuickly(doc);
    List<Problem> found = quick != null ? List.of() : interchange.validateTree(doc).listed();
    String id = cadre.path("id").asText();
    if (!id.isEmpty() && !cadreIds.add(id)) {
      found = new ArrayList<>(found);
      found.add(Problem.of("$.cadres[0].id", "duplicate", "id", JsonSchemaCheck.quote(cadre.get("id")), "an earlier line"));
    }
    if (!found.isEmpty()) {
      found.forEach(p -> add(p, at, "cadre"));
      return null;
    }
    EvaluationInput one = quick != null ? quick : interchange.bindInput(doc);
    byte[] canonical = interchange.canonicalInput(one);
    lineSum = lineSum.add(new BigInteger(1, digest(canonical))).mod(MOD);
    return one;
  }

  private static boolean containsId(ArrayNode array, String id) {
    for (JsonNode n : array) {
      if (id.equals(n.path("id").asText())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The next line, counted in {@link #line} from 0 for the header; null at the end of the stream, or
   * when the line is longer than the limit (then reading stops, with that problem).
   */
  private @Nullable String readLine() throws IOException {
    try {
      String text = lines.next();
      if (text != null) {
        line++;
      }
      return text;
    } catch (LineReader.TooLong e) {
      line++;
      problems.add(Problem.of("$[" + line + "]", "lineTooLong", interchange.limits().maxLineLength()));
      stopped = true;
      return null;
    }
  }

  private @Nullable JsonNode parse(String text, int at) {
    try {
      return interchange.reader().read(text);
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> add(p, at, null));
      return null;
    }
  }

  /**
   * Moves a problem of a line's document onto the stream's path: $.cadres[0] is the line's cadre.
   * At the limit of problems, reading stops.
   */
  private void add(Problem p, int at, @Nullable String cadreField) {
    if (stopped) {
      return;
    }
    if (problems.size() >= maxProblems) {
      problems.add(Problem.of("$[" + at + "]", "streamStopped", maxProblems));
      stopped = true;
      return;
    }
    String path = p.path();
    String rest = path.startsWith("$") ? path.substring(1) : path;
    if (cadreField != null && rest.startsWith(".cadres[0]")) {
      rest = "." + cadreField + rest.substring(".cadres[0]".length());
    }
    problems.add(new Problem("$[" + at + "]" + rest, p.message(), p.key(), p.arguments()));
  }

  /**
   * @return the problems found so far, in the order of the lines: at most {@link
   *     InputLimits#maxProblems()}, then, when there were more, one saying where reading stopped
   */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** @return how many cadres were read without problems */
  public int cadres() {
    return cadres;
  }

  /** @return the content hash of the stream read so far (see the class documentation) */
  public String inputSha256() {
    byte[] sum = lineSum.toByteArray();
    byte[] fixed = new byte[32];
    int n = Math.min(sum.length, 32);
    System.arraycopy(sum, sum.length - n, fixed, 32 - n, n);
    return Interchange.sha256((headerSha + "\n" + java.util.HexFormat.of().formatHex(fixed))
        .getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new InterchangeIOException("input stream", e);
    }
  }
}
