package vn.danhgia.evaluation.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.evaluation.engine.EvaluationOptions;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.engine.StreamSummary;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.io.InterchangeIOException;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.testing.RandomInputs;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * The streaming path gives the same results as the in-memory one, and rejects a bad stream whole,
 * whether the lines are read on the evaluating thread or ahead of it on another ({@code parallel}).
 */
class StreamingTest {
  private static final Evaluator EVALUATOR = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders"))
      .options(EvaluationOptions.defaults().withBatchSize(7)).build();
  private static final Evaluator READING_AHEAD = Evaluator.builder().ruleSets(RuleSets.builtIn("leaders"))
      .options(EvaluationOptions.defaults().withBatchSize(7).withParallel(true)).build();

  private static Evaluator evaluator(boolean readAhead) {
    return readAhead ? READING_AHEAD : EVALUATOR;
  }

  private static StreamResult stream(String text, String version) {
    return stream(text, version, false);
  }

  private static StreamResult stream(String text, String version, boolean readAhead) {
    StringWriter out = new StringWriter();
    AtomicLong progress = new AtomicLong();
    StreamSummary summary = evaluator(readAhead).evaluateStream(new BufferedReader(new StringReader(text)), out, version,
        progress::set);
    return new StreamResult(summary, Interchange.standard().readReport(out.toString().getBytes(StandardCharsets.UTF_8)),
        progress.get());
  }

  private record StreamResult(StreamSummary summary, EvaluationReport report, long progress) {}

  @Property(tries = 25)
  void stream_givesTheSameResultsAsTheWholeDocument(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int cadres,
      @ForAll boolean v2025, @ForAll boolean readAhead) {
    String version = v2025 ? "2025.1" : "2019.1";
    EvaluationInput input = RandomInputs.generate(seed, cadres, v2025 ? 2025 : 2019);
    EvaluationReport whole = EVALUATOR.evaluate(input, version);

    StreamResult streamed = stream(StreamText.of(input), version, readAhead);

    List<CadreResult> sorted = streamed.report().results().stream()
        .sorted(Comparator.comparing(CadreResult::cadre)).toList();
    assertThat(sorted).isEqualTo(whole.results());
    assertThat(streamed.report().results()).extracting(CadreResult::cadre)
        .containsExactlyElementsOf(input.cadres().stream().map(c -> c.id()).toList());
    assertThat(streamed.report().summary()).isEqualTo(whole.summary());
    assertThat(streamed.report().ruleSet()).isEqualTo(whole.ruleSet());
    assertThat(streamed.summary().cadres()).isEqualTo(cadres);
    assertThat(streamed.progress()).isEqualTo(cadres);
  }

  @Test
  void stream_inputHash_ignoresTheOrderOfLines() {
    EvaluationInput input = RandomInputs.generate(5, 30, 2025);
    String text = StreamText.of(input);
    List<String> lines = new java.util.ArrayList<>(StreamText.lines(text));
    java.util.Collections.reverse(lines.subList(1, lines.size()));
    String reordered = String.join("\n", lines) + "\n";

    assertThat(stream(reordered, "2025.1").summary().inputSha256())
        .isEqualTo(stream(text, "2025.1").summary().inputSha256());
  }

  @Test
  void stream_withBadLines_isRejectedWhole_everyProblemAtItsLine() {
    EvaluationInput input = RandomInputs.generate(11, 5, 2019);
    List<String> lines = new java.util.ArrayList<>(StreamText.lines(StreamText.of(input)));
    lines.set(2, lines.get(2).replaceFirst("\"position\":\"[^\"]*\"", "\"position\":\"NOWHERE\""));
    lines.set(4, lines.get(4).replaceFirst("\"cadre\":\\{", "\"cadre\":{\"nickname\":\"x\","));
    lines.add(3, "{not json");
    StringWriter out = new StringWriter();

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> EVALUATOR.evaluateStream(
        new BufferedReader(new StringReader(String.join("\n", lines))), out, "2019.1", n -> { }));

    assertThat(e.problems()).extracting(Problem::path).containsExactly(
        "$[2].cadre.position", "$[3]", "$[5].cadre.nickname");
    assertThat(out.toString()).isEmpty();
  }

  @ParameterizedTest(name = "read ahead: {0}")
  @ValueSource(booleans = {false, true})
  void stream_badLineAfterManyBatches_isRejectedWhole_nothingWritten(boolean readAhead) {
    EvaluationInput input = RandomInputs.generate(12, 80, 2025);
    List<String> lines = new java.util.ArrayList<>(StreamText.lines(StreamText.of(input)));
    lines.set(70, lines.get(70).replaceFirst("\"position\":\"[^\"]*\"", "\"position\":\"NOWHERE\""));
    StringWriter out = new StringWriter();
    AtomicLong progress = new AtomicLong();

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> evaluator(readAhead)
        .evaluateStream(new BufferedReader(new StringReader(String.join("\n", lines))), out, "2025.1", progress::set));

    assertThat(e.problems()).extracting(Problem::path).containsExactly("$[70].cadre.position");
    assertThat(out.toString()).isEmpty();
    assertThat(progress.get()).as("batches evaluated before the bad line was read").isPositive().isLessThan(80);
  }

  @ParameterizedTest(name = "read ahead: {0}")
  @ValueSource(booleans = {false, true})
  void stream_readFailsAfterManyBatches_endsWithTheReadError_nothingWritten(boolean readAhead) {
    String text = StreamText.of(RandomInputs.generate(13, 80, 2025));
    int failAt = text.indexOf('\n', text.length() * 3 / 4);
    StringWriter out = new StringWriter();

    InterchangeIOException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> catchThrowableOfType(
        InterchangeIOException.class, () -> evaluator(readAhead).evaluateStream(
            new BufferedReader(new FailingReader(text, failAt)), out, "2025.1", n -> { })));

    assertThat(e).isNotNull();
    assertThat(e.getCause()).hasMessage("disk gone");
    assertThat(out.toString()).isEmpty();
  }

  /** Gives the text up to a character, then fails as a broken disk or connection would. */
  private static final class FailingReader extends java.io.Reader {
    private final String text;
    private final int failAt;
    private int at;

    FailingReader(String text, int failAt) {
      this.text = text;
      this.failAt = failAt;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (at >= failAt) {
        throw new IOException("disk gone");
      }
      int n = Math.min(length, failAt - at);
      text.getChars(at, at + n, buffer, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void stream_badHeader_isRejected() {
    StringWriter out = new StringWriter();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> EVALUATOR.evaluateStream(
        new BufferedReader(new StringReader("{\"format\":\"evaluation-stream/1\",\"period\":{\"id\":\"x\"}}\n")),
        out, null, n -> { }));
    assertThat(e.problems()).extracting(Problem::path).contains("$[0].period.start", "$[0].period.end",
        "$[0].positions");
  }
}
