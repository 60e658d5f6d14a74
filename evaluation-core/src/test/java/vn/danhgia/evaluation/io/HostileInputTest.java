package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile-inputs}, one file for each limit of
 * {@link InputLimits}, its expected path and message key in {@code expected.properties}) and the
 * cases too large to commit, generated here: each is refused as an invalid input with one problem
 * at the path of the value concerned, by {@code readInput} and {@code validateInput} alike, never
 * with a parser's exception.
 */
class HostileInputTest {
  static final String CORPUS = "/hostile-inputs/";
  private static final Interchange JSON = Interchange.standard();

  static Stream<Arguments> corpus() {
    Properties expected = new Properties();
    try (InputStream in = HostileInputTest.class.getResourceAsStream(CORPUS + "expected.properties")) {
      expected.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected.stringPropertyNames().stream().sorted().map(file -> {
      String[] pathAndKey = expected.getProperty(file).split(" ");
      return Arguments.of(file, pathAndKey[0], pathAndKey[1]);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readInput_hostileFile_isOneProblemAtItsPath(String file, String path, String key) throws IOException {
    byte[] json;
    try (InputStream in = HostileInputTest.class.getResourceAsStream(CORPUS + file)) {
      json = in.readAllBytes();
    }

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(json));

    assertThat(e).as(file).isNotNull();
    assertThat(e.problems()).as(file).singleElement().satisfies(p -> {
      if (key.equals("tooDeep")) {
        assertThat(p.path()).startsWith(path + "[0][0]"); // the container that goes one level too deep
      } else {
        assertThat(p.path()).isEqualTo(path);
      }
      assertThat(p.key()).isEqualTo(key);
      assertThat(p.message()).hasSizeLessThan(300);
    });
    assertThat(JSON.validateInput(json)).as("validateInput agrees").isEqualTo(e.problems());
  }

  @Test
  void readInput_fiftyMegabyteString_isReportedAtItsField() {
    String name = "A".repeat(50 << 20);
    byte[] json = Fixtures.edited(Fixtures.set("/cadres/1/name", name));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(json));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.cadres[1].name");
      assertThat(p.message()).isEqualTo("longer than the limit of 10000 characters");
    });
  }

  @Test
  @Timeout(60)
  void readInput_aStreamThatNeverEnds_isRefusedAtTheDocumentLimit() {
    Interchange small = JSON.withLimits(InputLimits.defaults().withMaxDocumentBytes(1 << 20));
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) ' ');
        return len;
      }
    };

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> small.readInput(endless));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.key()).isEqualTo("documentTooLarge");
      assertThat(p.message()).contains("1,048,576 bytes");
    });
  }

  @Test
  @Timeout(60)
  void readInput_devZero_isRefusedWithoutReadingItAll() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "a system with /dev/zero");

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(zero));

    assertThat(e.problems()).singleElement().extracting(Problem::path).isEqualTo("$");
  }

  @Test
  void readInput_bytesBeyondTheLimit_areRefusedBeforeParsing() {
    Interchange small = JSON.withLimits(InputLimits.defaults().withMaxDocumentBytes(100));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> small.readInput(Fixtures.resource("complete.json")));

    assertThat(e.problems()).singleElement().extracting(Problem::key).isEqualTo("documentTooLarge");
  }

  @Test
  @Timeout(120)
  void readInput_aMillionProblems_listsTheFirstAndCountsTheRest() {
    StringBuilder doc = new StringBuilder("{\"format\":\"evaluation-input/1\",\"period\":{\"id\":\"x\","
        + "\"start\":\"2019-01-01\",\"end\":\"2019-12-31\"},\"positions\":[],\"cadres\":[");
    for (int i = 0; i < 333_334; i++) {
      doc.append(i == 0 ? "{}" : ",{}");
    }
    doc.append("]}");

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(doc.toString()));

    assertThat(e.total()).isEqualTo(1_000_002);
    assertThat(e.problems()).hasSize(100).allSatisfy(p -> assertThat(p.key()).isEqualTo("required"));
    assertThat(e.getMessage()).endsWith("… and 999,902 more problems");
    assertThat(e.describe(java.util.Locale.ENGLISH)).hasSize(101).last().isEqualTo("… and 999,902 more problems");
  }

  @Test
  void readInput_manyBrokenReferences_areCountedOnceEach() {
    StringBuilder products = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      products.append(i == 0 ? "" : ",").append("{\"id\":\"X").append(i).append("\",\"task\":\"NONE\",")
          .append("\"indicator\":\"i\",\"target\":1,\"actual\":1,\"direction\":\"HIGHER_IS_BETTER\"}");
    }
    String doc = new String(Fixtures.resource("complete.json"), StandardCharsets.UTF_8)
        .replaceFirst("\"products\": \\[", "\"products\": [" + products + ",");

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(doc));

    assertThat(e.total()).isEqualTo(2_000);
    assertThat(e.problems()).hasSize(100).allSatisfy(p -> assertThat(p.key()).isEqualTo("unknownTask"));
  }

  @Test
  void readInput_manyUndefinedFieldsInOneObject_areCountedWithoutBeingListed() {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      fields.append("\"extra").append(i).append("\":").append(i).append(',');
    }
    String doc = new String(Fixtures.resource("complete.json"), StandardCharsets.UTF_8)
        .replaceFirst("\\{", "{" + fields);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(doc));

    assertThat(e.total()).isEqualTo(5_000);
    assertThat(e.problems()).hasSize(100).allSatisfy(p -> assertThat(p.key()).isEqualTo("unknownField"));
  }

  @Test
  @Timeout(60)
  void cadreStream_aLineThatNeverEnds_isRefusedAtTheLineLimitAndReadNoFurther() {
    Interchange small = JSON.withLimits(InputLimits.defaults().withMaxLineLength(1 << 16));
    Reader zeros = new Reader() {
      @Override
      public int read(char[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, '\0');
        return len;
      }

      @Override
      public void close() {
        // nothing to close
      }
    };

    CadreStream stream = CadreStream.open(new BufferedReader(zeros), small);

    assertThat(stream.header()).isNull();
    assertThat(stream.next()).isNull();
    assertThat(stream.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$[0]");
      assertThat(p.key()).isEqualTo("lineTooLong");
    });
  }

  @Test
  void cadreStream_problemsBeyondTheLimit_stopTheReading() {
    String header = "{\"format\":\"evaluation-stream/1\",\"period\":{\"id\":\"x\",\"start\":\"2019-01-01\","
        + "\"end\":\"2019-12-31\"},\"units\":[],\"positions\":[{\"code\":\"P\",\"title\":\"t\",\"group\":\"G\"}]}\n";
    StringBuilder lines = new StringBuilder(header);
    for (int i = 0; i < 500; i++) {
      lines.append("{\"cadre\":{\"id\":\"C").append(i).append("\",\"name\":\"n\",\"position\":\"NONE\"}}\n");
    }
    Interchange few = JSON.withLimits(InputLimits.defaults().withMaxProblems(10));

    CadreStream stream = CadreStream.open(new BufferedReader(new java.io.StringReader(lines.toString())), few);
    while (stream.next() != null) {
      // read to the end, or to where reading stops
    }

    assertThat(stream.problems()).hasSize(11);
    assertThat(stream.problems().get(9).path()).isEqualTo("$[10].cadre.position");
    assertThat(stream.problems().get(10)).satisfies(p -> {
      assertThat(p.key()).isEqualTo("streamStopped");
      assertThat(p.path()).isEqualTo("$[11]");
    });
  }
}
