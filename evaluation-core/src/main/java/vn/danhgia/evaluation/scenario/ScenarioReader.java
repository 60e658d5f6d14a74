package vn.danhgia.evaluation.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.io.JsonSchemaCheck;
import vn.danhgia.evaluation.io.InterchangeIOException;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.report.NextBand;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.ReviewResult;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * Reads scenario files ({@code evaluation-scenario/1}). A folder is read as every {@code .json} file
 * directly in it, in file-name order (so {@code 01-…}, {@code 02-…} run in that order); input files
 * named by {@code inputFile} belong in a subfolder, which is not read as scenarios.
 *
 * <p>Every file is checked in full before anything runs: the JSON Schema {@value #SCHEMA}, then
 * what a schema cannot say (exactly one of {@code input} and {@code inputFile}, an input valid in
 * every respect as {@link Interchange#readInput} checks it, expected cadres that the input has,
 * expectations that do not contradict each other). All problems of all files are reported together
 * in one {@link InvalidScenarioException}, each with its file and JSON path.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScenarioReader {
  /** The classpath resource of the scenario file's JSON Schema. */
  public static final String SCHEMA = "/vn/danhgia/evaluation/schema/scenario-1.schema.json";

  /** Writes an inline input back to bytes for the interchange to read; numbers as they were (1E-9, not 0.000000001). */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(SerializationFeature.INDENT_OUTPUT)
      .build();
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final JsonSchemaCheck SCHEMA_CHECKER = new JsonSchemaCheck(SCHEMA);
  private static final ScenarioReader STANDARD = new ScenarioReader(Interchange.standard());
  private static final int MAX_LISTED = 12;

  private final Interchange interchange;

  private ScenarioReader(Interchange interchange) {
    this.interchange = interchange;
  }

  /** @return a reader that checks inputs as {@link Interchange#standard()} does */
  public static ScenarioReader standard() {
    return STANDARD;
  }

  /**
   * Reads a scenario file, or every scenario file of a folder. A folder that holds no scenario file
   * itself but folders that do (a rule set's scenarios, one folder per version) gives the scenarios
   * of each of them, folder by folder in name order.
   *
   * @param fileOrFolder a {@code .json} scenario file, a folder of them, or a folder of such
   *     folders
   * @return the scenarios, in file-name order (folder-name order first)
   * @throws InvalidScenarioException with every problem of every file, when one is invalid, cannot be
   *     read, or the folder holds no scenario file, in itself or in the folders below it
   */
  public List<Scenario> read(Path fileOrFolder) {
    Objects.requireNonNull(fileOrFolder, "fileOrFolder");
    if (!Files.exists(fileOrFolder)) {
      throw new InvalidScenarioException(List.of(new ScenarioProblem(fileOrFolder, "$",
          "no such file or folder")));
    }
    if (!Files.isDirectory(fileOrFolder)) {
      return List.of(readFile(fileOrFolder));
    }
    List<Path> files = list(fileOrFolder, p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"));
    if (files.isEmpty()) {
      return readSubfolders(fileOrFolder);
    }
    return readEach(files, file -> List.of(readFile(file)));
  }

  /** The scenarios of the folders below a folder that holds no scenario file itself. */
  private List<Scenario> readSubfolders(Path folder) {
    List<Scenario> scenarios = readEach(list(folder, Files::isDirectory), sub -> {
      try {
        return read(sub);
      } catch (InvalidScenarioException e) {
        if (e.problems().equals(List.of(noScenarioFile(sub)))) {
          return List.of(); // a folder below with no scenario file (nor folders of them) is passed over
        }
        throw e;
      }
    });
    if (scenarios.isEmpty()) {
      throw new InvalidScenarioException(List.of(noScenarioFile(folder)));
    }
    return scenarios;
  }

  /** The entries of a folder that pass a test, hidden ones left out, in name order. */
  private static List<Path> list(Path folder, Predicate<Path> which) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> which.test(p) && !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new InvalidScenarioException(List.of(new ScenarioProblem(folder, "$",
          "cannot list the folder: " + e.getMessage())));
    }
  }

  /** Reads each file or folder, in order; throws every problem of all of them together. */
  private static List<Scenario> readEach(List<Path> paths, Function<Path, List<Scenario>> reader) {
    List<Scenario> scenarios = new ArrayList<>();
    Set<ScenarioProblem> problems = new LinkedHashSet<>();
    for (Path path : paths) {
      try {
        scenarios.addAll(reader.apply(path));
      } catch (InvalidScenarioException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidScenarioException(List.copyOf(problems));
    }
    return scenarios;
  }

  private static ScenarioProblem noScenarioFile(Path folder) {
    return new ScenarioProblem(folder, "$", "no scenario file (*.json) in this folder or the folders below it");
  }

  /**
   * Reads one scenario file.
   *
   * @param file the file; its {@code inputFile}, if any, is resolved against its folder
   * @return the scenario, its id the file name without {@code .json}
   * @throws InvalidScenarioException with every problem, when the file is invalid or cannot be read
   */
  public Scenario readFile(Path file) {
    byte[] bytes;
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new InvalidScenarioException(List.of(new ScenarioProblem(file, "$", "not a regular file")));
      }
      long max = interchange.limits().maxDocumentBytes();
      if (Files.size(file) > max) {
        throw new InvalidScenarioException(List.of(new ScenarioProblem(file, "$", String.format(Locale.ROOT,
            "the file is larger than the limit of %,d bytes", max))));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidScenarioException(List.of(new ScenarioProblem(file, "$", "no such file")));
    } catch (IOException e) {
      throw new InvalidScenarioException(List.of(new ScenarioProblem(file, "$", "cannot read the file: "
          + e.getMessage())));
    }
    String name = file.getFileName().toString();
    String id = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    return read(bytes, id, file);
  }

  /**
   * Reads a scenario document held in memory.
   *
   * @param json the UTF-8 JSON bytes
   * @param id the scenario's id
   * @param file where it comes from, for messages; its folder resolves {@code inputFile}
   * @return the scenario
   * @throws InvalidScenarioException with every problem, when the document is invalid
   */
  public Scenario read(byte[] json, String id, Path file) {
    List<ScenarioProblem> problems = new ArrayList<>();
    JsonNode tree;
    try {
      tree = interchange.readTree(json);
    } catch (InvalidInputException e) {
      throw new InvalidScenarioException(e.problems().stream()
          .map(p -> new ScenarioProblem(file, p.path(), p.message())).toList());
    }
    for (Problem p : SCHEMA_CHECKER.check(tree)) {
      problems.add(new ScenarioProblem(file, p.path(), p.message()));
    }
    if (!problems.isEmpty()) {
      JsonNode format = tree.path("format");
      if (format.isTextual() && format.asText().startsWith("evaluation-input/")) {
        throw new InvalidScenarioException(List.of(new ScenarioProblem(file, "$.format", "\"" + format.asText()
            + "\" is an input document, not a scenario (\"" + Scenario.FORMAT + "\"); keep the input files that "
            + "scenarios name in inputFile in a subfolder (e.g. inputs/), which is not read as scenarios")));
      }
      problems.sort(Comparator.comparing(ScenarioProblem::path));
      // The input's own problems too, in the same pass, when its fields have the right shape.
      if (tree.isObject()
          && problems.stream().noneMatch(p -> p.path().equals("$.input") || p.path().equals("$.inputFile"))) {
        input(tree, file, problems);
      }
      throw new InvalidScenarioException(distinct(problems));
    }

    String name = tree.get("name").asText();
    if (name.isBlank()) {
      problems.add(new ScenarioProblem(file, "$.name", "must not be blank"));
    }
    EvaluationInput input = input(tree, file, problems);
    Map<String, Expectation> expect = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : tree.get("expect").properties()) {
      expect.put(e.getKey(), expectation(file, field("$.expect", e.getKey()), e.getValue(), problems));
    }
    if (input != null) {
      List<String> reviewIds = input.period().reviewsOrWhole().stream().map(Review::id).toList();
      for (Map.Entry<String, Expectation> e : expect.entrySet()) {
        List<ReviewResult> reviews = e.getValue().reviews();
        if (reviews != null && !reviews.stream().map(ReviewResult::review).toList().equals(reviewIds)) {
          problems.add(new ScenarioProblem(file, field("$.expect", e.getKey()) + ".reviews", "must list every "
              + "review of the period, in its order: " + String.join(", ", reviewIds) + "; got "
              + (reviews.isEmpty() ? "none" : String.join(", ", reviews.stream().map(ReviewResult::review).toList()))));
        }
      }
      Set<String> cadres = input.cadres().stream().map(Cadre::id).collect(Collectors.toCollection(LinkedHashSet::new));
      for (String cadre : expect.keySet()) {
        if (!cadres.contains(cadre)) {
          problems.add(new ScenarioProblem(file, field("$.expect", cadre), "the input has no cadre \"" + cadre
              + "\"; its cadres are " + list(cadres)));
        }
      }
    }
    if (!problems.isEmpty() || input == null) {
      throw new InvalidScenarioException(distinct(problems));
    }
    return new Scenario(id, name.strip(), text(tree.get("description")), text(tree.get("version")).isEmpty() ? null
        : text(tree.get("version")), input, expect, file);
  }

  private @Nullable EvaluationInput input(JsonNode tree, Path file, List<ScenarioProblem> problems) {
    JsonNode inline = tree.get("input");
    JsonNode named = tree.get("inputFile");
    boolean hasInline = inline != null && !inline.isNull();
    boolean hasFile = named != null && !named.isNull();
    if (hasInline && hasFile) {
      problems.add(new ScenarioProblem(file, "$.inputFile", "give either input or inputFile, not both"));
      return null;
    }
    if (!hasInline && !hasFile) {
      problems.add(new ScenarioProblem(file, "$.input", "required field is missing (give the input inline as "
          + "input, or a file holding it as inputFile)"));
      return null;
    }
    if (hasInline) {
      byte[] bytes;
      try {
        bytes = MAPPER.writeValueAsBytes(inline);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      try {
        return interchange.readInput(bytes);
      } catch (InvalidInputException e) {
        for (Problem p : e.problems()) {
          problems.add(new ScenarioProblem(file, "$.input" + p.path().substring(1), p.message()));
        }
        return null;
      }
    }
    String relative = named.asText();
    Path target;
    try {
      target = Path.of(relative);
    } catch (RuntimeException e) {
      problems.add(new ScenarioProblem(file, "$.inputFile", "not a file path: \"" + relative + "\""));
      return null;
    }
    if (target.isAbsolute()) {
      problems.add(new ScenarioProblem(file, "$.inputFile", "must be relative to the scenario's folder, not "
          + "absolute: \"" + relative + "\""));
      return null;
    }
    Path folder = file.getParent() == null ? Path.of("") : file.getParent();
    Path resolved = folder.resolve(target).normalize();
    if (!Files.isRegularFile(resolved)) {
      problems.add(new ScenarioProblem(file, "$.inputFile", "no such file: \"" + relative + "\" (looked for "
          + resolved + ")"));
      return null;
    }
    try {
      return interchange.readInput(resolved);
    } catch (InvalidInputException e) {
      for (Problem p : e.problems()) {
        problems.add(new ScenarioProblem(resolved, p.path(), p.message() + " (the input of " + file.getFileName()
            + ")"));
      }
      return null;
    } catch (InterchangeIOException e) {
      problems.add(new ScenarioProblem(file, "$.inputFile", "cannot read \"" + relative + "\": " + e.getMessage()));
      return null;
    }
  }

  private static Expectation expectation(Path file, String at, JsonNode node, List<ScenarioProblem> problems) {
    ResultStatus status = present(node, "status") ? ResultStatus.valueOf(node.get("status").asText()) : null;
    Rating rating = present(node, "rating") ? Rating.valueOf(node.get("rating").asText()) : null;
    BigDecimal score = present(node, "score") ? node.get("score").decimalValue() : null;
    List<String> reasons = codes(node.get("reasons"));
    List<String> notReasons = codes(node.get("notReasons"));
    List<String> flags = present(node, "flags") ? codes(node.get("flags")) : null;
    boolean exact = present(node, "exactReasons") && node.get("exactReasons").asBoolean();
    Map<String, BigDecimal> components = null;
    if (present(node, "components")) {
      components = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> c : node.get("components").properties()) {
        components.put(c.getKey(), c.getValue().decimalValue());
      }
    }
    NextBand nextBand = null;
    if (node.has("nextBand")) {
      JsonNode band = node.get("nextBand");
      nextBand = band.isNull() ? NextBand.NONE
          : new NextBand(Rating.valueOf(band.get("rating").asText()), band.get("points").decimalValue());
    }
    List<ReviewResult> reviews = present(node, "reviews") ? reviews(file, at + ".reviews", node.get("reviews"),
        problems) : null;
    if (status == ResultStatus.INCOMPLETE && rating != null) {
      problems.add(new ScenarioProblem(file, at + ".rating", "a cadre expected INCOMPLETE has no rating; "
          + "remove rating or expect status RATED"));
    }
    if (status == ResultStatus.INCOMPLETE && score != null) {
      problems.add(new ScenarioProblem(file, at + ".score", "a cadre expected INCOMPLETE has no score; "
          + "remove score or expect status RATED"));
    }
    if (status == ResultStatus.INCOMPLETE && components != null) {
      problems.add(new ScenarioProblem(file, at + ".components", "a cadre expected INCOMPLETE has no components; "
          + "remove components or expect status RATED"));
    }
    if (status == ResultStatus.INCOMPLETE && nextBand != null && nextBand.exists()) {
      problems.add(new ScenarioProblem(file, at + ".nextBand", "a cadre expected INCOMPLETE has no next band; "
          + "expect null or status RATED"));
    }
    for (int i = 0; i < notReasons.size(); i++) {
      if (reasons.contains(notReasons.get(i))) {
        problems.add(new ScenarioProblem(file, at + ".notReasons[" + i + "]", "\"" + notReasons.get(i)
            + "\" is also in reasons: a reason cannot be both expected and not expected"));
      }
    }
    return new Expectation(status, rating, score, reasons, notReasons, flags, exact, components, nextBand, reviews);
  }

  /** The expected figures of the reviews: for each, either the four figures (counted) or none (not counted). */
  private static List<ReviewResult> reviews(Path file, String at, JsonNode array, List<ScenarioProblem> problems) {
    List<ReviewResult> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode r = array.get(i);
      String review = r.get("review").asText();
      if (!seen.add(review)) {
        problems.add(new ScenarioProblem(file, at + "[" + i + "].review", "review \"" + review + "\" is listed twice"));
      }
      BigDecimal[] figures = new BigDecimal[4];
      String[] names = {"quantity", "quality", "progress", "results"};
      int given = 0;
      for (int f = 0; f < names.length; f++) {
        figures[f] = present(r, names[f]) ? r.get(names[f]).decimalValue() : null;
        given += figures[f] == null ? 0 : 1;
      }
      if (given != 0 && given != names.length) {
        problems.add(new ScenarioProblem(file, at + "[" + i + "]", "give quantity, quality, progress and results "
            + "(a counted review) or null for all four (a review not counted)"));
      }
      out.add(new ReviewResult(review, r.get("weight").decimalValue(), figures[0], figures[1], figures[2], figures[3]));
    }
    return out;
  }

  private static boolean present(JsonNode node, String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  private static List<String> codes(@Nullable JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static String text(@Nullable JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText().strip();
  }

  private static String list(Set<String> ids) {
    if (ids.isEmpty()) {
      return "none";
    }
    String shown = ids.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
    return ids.size() > MAX_LISTED ? shown + " … (" + ids.size() + " in all)" : shown;
  }

  private static List<ScenarioProblem> distinct(List<ScenarioProblem> problems) {
    return new ArrayList<>(new LinkedHashSet<>(problems));
  }

  static String field(String parent, String name) {
    if (SIMPLE_NAME.matcher(name).matches()) {
      return parent + "." + name;
    }
    return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
