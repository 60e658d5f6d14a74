package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.validation.Problem;

/**
 * The fields of continuous evaluation in an {@code evaluation-stream/1} stream: the period's reviews
 * in the header, each cadre's surveys in its line; checked and bound as in a document.
 */
class ContinuousStreamTest {
  private static final String HEADER = "{\"format\":\"evaluation-stream/1\",\"period\":{\"id\":\"2026\","
      + "\"start\":\"2026-01-01\",\"end\":\"2026-12-31\",\"reviews\":["
      + "{\"id\":\"H1\",\"start\":\"2026-01-01\",\"end\":\"2026-06-30\"},"
      + "{\"id\":\"H2\",\"start\":\"2026-07-01\",\"end\":\"2026-12-31\"}]},"
      + "\"units\":[{\"id\":\"U1\",\"name\":\"Huyện\",\"corruptionFinding\":true}],"
      + "\"positions\":[{\"code\":\"P\",\"title\":\"Bí thư\",\"group\":\"G\"}]}";

  private static String cadre(String id, int satisfied) {
    return "{\"cadre\":{\"id\":\"" + id + "\",\"name\":\"Cán bộ\",\"position\":\"P\",\"leads\":[\"U1\"]},"
        + "\"tasks\":[{\"id\":\"T1\",\"cadre\":\"" + id + "\",\"kind\":\"ANNUAL\",\"title\":\"t\","
        + "\"deadline\":\"2026-06-30\"}],"
        + "\"products\":[{\"id\":\"P1\",\"task\":\"T1\",\"indicator\":\"i\",\"target\":1,\"actual\":1,"
        + "\"direction\":\"HIGHER_IS_BETTER\",\"delivered\":\"2026-07-03\",\"conversion\":2,"
        + "\"excuses\":[{\"kind\":\"DELAY\",\"approvedBy\":\"Sở Nội vụ\"}]}],"
        + "\"surveys\":[{\"cadre\":\"" + id + "\",\"date\":\"2026-12-01\",\"respondents\":10,\"satisfied\":"
        + satisfied + "}]}";
  }

  private static List<EvaluationInput> read(CadreStream stream) {
    List<EvaluationInput> out = new ArrayList<>();
    for (EvaluationInput one = stream.next(); one != null; one = stream.next()) {
      out.add(one);
    }
    return out;
  }

  @Test
  void next_continuousFields_boundAsInADocument() {
    String text = HEADER + "\n" + cadre("C1", 8) + "\n" + cadre("C2", 10) + "\n";
    try (CadreStream stream = CadreStream.open(new BufferedReader(new StringReader(text)), Interchange.standard())) {
      List<EvaluationInput> cadres = read(stream);

      assertThat(stream.problems()).isEmpty();
      assertThat(cadres).hasSize(2).allSatisfy(one -> {
        assertThat(one.period().reviews()).extracting(Review::id).containsExactly("H1", "H2");
        assertThat(one.units()).singleElement().satisfies(u -> assertThat(u.corruptionFinding()).isTrue());
        assertThat(one.products()).singleElement().satisfies(p -> {
          assertThat(p.conversion()).isEqualByComparingTo(BigDecimal.valueOf(2));
          assertThat(p.excuses()).hasSize(1);
        });
        assertThat(one.surveys()).singleElement().satisfies(s -> assertThat(s.cadre()).isEqualTo(one.cadres().get(0).id()));
      });
    }
  }

  @Test
  void next_invalidContinuousFields_reportedAtTheLinesPaths() {
    String header = HEADER.replace("\"start\":\"2026-07-01\"", "\"start\":\"2026-07-02\"");
    String text = header + "\n" + cadre("C1", 11) + "\n";
    try (CadreStream stream = CadreStream.open(new BufferedReader(new StringReader(text)), Interchange.standard())) {
      read(stream);

      assertThat(stream.problems()).extracting(Problem::path).containsExactly("$[0].period.reviews[1].start");
    }
    String line = cadre("C1", 11).replace("\"delivered\":\"2026-07-03\"", "\"delivered\":\"2026-06-30\"");
    try (CadreStream stream = CadreStream.open(new BufferedReader(new StringReader(HEADER + "\n" + line)),
        Interchange.standard())) {
      read(stream);

      assertThat(stream.problems()).extracting(Problem::path)
          .containsExactly("$[1].products[0].excuses[0]", "$[1].surveys[0].satisfied");
    }
  }
}
