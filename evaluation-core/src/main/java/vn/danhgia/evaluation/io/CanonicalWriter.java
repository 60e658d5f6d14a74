package vn.danhgia.evaluation.io;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.QuotaException;
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.model.Survey;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.model.Unit;

/**
 * Writes an input's canonical form (see {@code docs/interchange.md}: every array sorted by its key
 * but {@code period.reviews}, every object's fields sorted by name, absent optional fields omitted,
 * booleans written out, the fields of continuous evaluation omitted when absent or at their default
 * (as the records write them), numbers
 * as plain decimals without trailing zeros, strings escaped as Jackson escapes them (quotes,
 * backslashes, control characters, and characters beyond the BMP as escaped surrogates), no
 * whitespace, UTF-8) field by field, straight into a digest or a byte array, without building a
 * JSON tree: about ten times faster than going through one, which mattered for large inputs.
 *
 * <p>The fields are written by hand in name order, so a field added to the model must be added here;
 * {@code CanonicalWriterTest} checks these bytes against the form derived generically from the model's
 * JSON tree, for generated inputs and awkward strings and numbers.
 */
final class CanonicalWriter {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final byte[] buffer = new byte[1 << 16];
  private int size;
  private final @Nullable MessageDigest digest;
  private final @Nullable ByteArrayOutputStream copy;

  private CanonicalWriter(@Nullable MessageDigest digest, @Nullable ByteArrayOutputStream copy) {
    this.digest = digest;
    this.copy = copy;
  }

  /**
   * @param input an input
   * @return the SHA-256 of its canonical form, lower-case hex
   */
  static String sha256(EvaluationInput input) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    CanonicalWriter w = new CanonicalWriter(digest, null);
    w.input(input);
    w.flush();
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * @param input an input
   * @return its canonical form
   */
  static byte[] bytes(EvaluationInput input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CanonicalWriter w = new CanonicalWriter(null, out);
    w.input(input);
    w.flush();
    return out.toByteArray();
  }

  // Fields in name order, as the canonical form sorts them.
  private void input(EvaluationInput in) {
    ascii("{\"assessments\":[");
    Assessment[] assessments = CanonicalForm.sortedArray(in.assessments(), new Assessment[0],
        CanonicalForm.ASSESSMENTS);
    for (int i = 0; i < assessments.length; i++) {
      Assessment a = assessments[i];
      ascii(i == 0 ? "{\"by\":\"" : ",{\"by\":\"");
      ascii(a.by().name());
      ascii("\",\"cadre\":");
      string(a.cadre());
      ascii(",\"generalPoints\":");
      number(a.generalPoints());
      ascii('}');
    }
    ascii("],\"cadres\":[");
    Cadre[] cadres = CanonicalForm.sortedArray(in.cadres(), new Cadre[0], CanonicalForm.CADRES);
    for (int i = 0; i < cadres.length; i++) {
      Cadre c = cadres[i];
      ascii(i == 0 ? "{\"id\":" : ",{\"id\":");
      string(c.id());
      ascii(",\"leads\":[");
      List<String> leads = c.leads();
      if (leads.size() == 1) {
        string(leads.get(0));
      } else if (!leads.isEmpty()) {
        String[] sortedLeads = leads.toArray(new String[0]);
        Arrays.sort(sortedLeads);
        for (int j = 0; j < sortedLeads.length; j++) {
          if (j > 0) {
            ascii(',');
          }
          string(sortedLeads[j]);
        }
      }
      ascii("],\"name\":");
      string(c.name());
      ascii(",\"position\":");
      string(c.position());
      ascii('}');
    }
    ascii("],\"confidenceVotes\":[");
    ConfidenceVote[] votes = CanonicalForm.sortedArray(in.confidenceVotes(), new ConfidenceVote[0],
        CanonicalForm.VOTES);
    for (int i = 0; i < votes.length; i++) {
      ConfidenceVote v = votes[i];
      ascii(i == 0 ? "{\"cadre\":" : ",{\"cadre\":");
      string(v.cadre());
      ascii(",\"date\":");
      date(v.date());
      ascii(",\"low\":");
      number(v.low());
      ascii(",\"voters\":");
      number(v.voters());
      ascii('}');
    }
    ascii("],\"disciplines\":[");
    Discipline[] disciplines = CanonicalForm.sortedArray(in.disciplines(), new Discipline[0],
        CanonicalForm.DISCIPLINES);
    for (int i = 0; i < disciplines.length; i++) {
      Discipline d = disciplines[i];
      ascii(i == 0 ? "{\"cadre\":" : ",{\"cadre\":");
      string(d.cadre());
      ascii(",\"effective\":");
      date(d.effective());
      ascii(",\"form\":\"");
      ascii(d.form().name());
      ascii(d.selfRemedied() ? "\",\"selfRemedied\":true}" : "\",\"selfRemedied\":false}");
    }
    ascii("],\"format\":\"");
    ascii(EvaluationInput.FORMAT);
    ascii("\",\"orders\":[");
    Order[] orders = CanonicalForm.sortedArray(in.orders(), new Order[0], CanonicalForm.ORDERS);
    for (int i = 0; i < orders.length; i++) {
      Order o = orders[i];
      ascii(i == 0 ? "{\"cadre\":" : ",{\"cadre\":");
      string(o.cadre());
      ascii(",\"deadline\":");
      date(o.deadline());
      ascii(",\"id\":");
      string(o.id());
      if (o.orderedBy() != null) {
        ascii(",\"orderedBy\":");
        string(o.orderedBy());
      }
      ascii(",\"title\":");
      string(o.title());
      ascii('}');
    }
    ascii("],\"period\":");
    period(in.period());
    ascii(",\"positions\":[");
    Position[] positions = CanonicalForm.sortedArray(in.positions(), new Position[0],
        CanonicalForm.POSITIONS);
    for (int i = 0; i < positions.length; i++) {
      Position p = positions[i];
      ascii(i == 0 ? "{\"code\":" : ",{\"code\":");
      string(p.code());
      ascii(",\"group\":");
      string(p.group());
      ascii(p.mustRegisterBreakthrough() ? ",\"mustRegisterBreakthrough\":true,\"title\":"
          : ",\"mustRegisterBreakthrough\":false,\"title\":");
      string(p.title());
      ascii('}');
    }
    ascii("],\"products\":[");
    Product[] products = CanonicalForm.sortedArray(in.products(), new Product[0],
        CanonicalForm.PRODUCTS);
    for (int i = 0; i < products.length; i++) {
      Product p = products[i];
      ascii(i == 0 ? "{\"actual\":" : ",{\"actual\":");
      number(p.actual());
      if (p.conversion().compareTo(BigDecimal.ONE) != 0) {
        ascii(",\"conversion\":");
        number(p.conversion());
      }
      if (p.delays() != 0) {
        ascii(",\"delays\":");
        number(p.delays());
      }
      if (p.delivered() != null) {
        ascii(",\"delivered\":");
        date(p.delivered());
      }
      ascii(",\"direction\":\"");
      ascii(p.direction().name());
      ascii('"');
      if (p.due() != null) {
        ascii(",\"due\":");
        date(p.due());
      }
      if (p.evidence() != null) {
        ascii(",\"evidence\":");
        string(p.evidence());
      }
      if (!p.excuses().isEmpty()) {
        excuses(p.excuses());
      }
      ascii(",\"id\":");
      string(p.id());
      ascii(",\"indicator\":");
      string(p.indicator());
      if (p.order() != null) {
        ascii(",\"order\":");
        string(p.order());
      }
      if (p.qualityFailures() != 0) {
        ascii(",\"qualityFailures\":");
        number(p.qualityFailures());
      }
      ascii(",\"target\":");
      number(p.target());
      if (p.task() != null) {
        ascii(",\"task\":");
        string(p.task());
      }
      ascii('}');
    }
    ascii(']');
    if (!in.surveys().isEmpty()) {
      surveys(in.surveys());
    }
    ascii(",\"tasks\":[");
    Task[] tasks = CanonicalForm.sortedArray(in.tasks(), new Task[0], CanonicalForm.TASKS);
    for (int i = 0; i < tasks.length; i++) {
      Task t = tasks[i];
      ascii(i == 0 ? "{\"approved\":" : ",{\"approved\":");
      ascii(t.approved() ? "true" : "false");
      ascii(t.basicTarget() ? ",\"basicTarget\":true,\"cadre\":" : ",\"basicTarget\":false,\"cadre\":");
      string(t.cadre());
      ascii(",\"deadline\":");
      date(t.deadline());
      ascii(",\"id\":");
      string(t.id());
      ascii(",\"kind\":\"");
      ascii(t.kind().name());
      ascii("\",\"title\":");
      string(t.title());
      ascii('}');
    }
    ascii("],\"units\":[");
    Unit[] units = CanonicalForm.sortedArray(in.units(), new Unit[0], CanonicalForm.UNITS);
    for (int i = 0; i < units.length; i++) {
      Unit u = units[i];
      ascii(i == 0 ? "{" : ",{");
      ascii(u.corruptionFinding() ? "\"corruptionFinding\":true,\"id\":" : "\"id\":");
      string(u.id());
      ascii(",\"name\":");
      string(u.name());
      if (u.rating() != null) {
        ascii(",\"rating\":\"");
        ascii(u.rating().name());
        ascii('"');
      }
      ascii('}');
    }
    ascii("]}");
  }

  private void period(EvaluationPeriod p) {
    ascii("{\"end\":");
    date(p.end());
    ascii(",\"id\":");
    string(p.id());
    ascii(",\"quotaExceptions\":[");
    QuotaException[] exceptions = CanonicalForm.sortedArray(p.quotaExceptions(), new QuotaException[0],
        CanonicalForm.EXCEPTIONS);
    for (int i = 0; i < exceptions.length; i++) {
      ascii(i == 0 ? "{\"group\":" : ",{\"group\":");
      string(exceptions[i].group());
      ascii(",\"percent\":");
      number(exceptions[i].percent());
      ascii('}');
    }
    ascii(']');
    if (!p.reviews().isEmpty()) {
      // in the period's order, which the contract prescribes
      ascii(",\"reviews\":[");
      List<Review> reviews = p.reviews();
      for (int i = 0; i < reviews.size(); i++) {
        Review r = reviews.get(i);
        ascii(i == 0 ? "{\"end\":" : ",{\"end\":");
        date(r.end());
        ascii(",\"id\":");
        string(r.id());
        ascii(",\"start\":");
        date(r.start());
        ascii('}');
      }
      ascii(']');
    }
    if (p.ruleSetVersion() != null) {
      ascii(",\"ruleSetVersion\":");
      string(p.ruleSetVersion());
    }
    ascii(",\"start\":");
    date(p.start());
    ascii('}');
  }

  private void excuses(List<Excuse> list) {
    ascii(",\"excuses\":[");
    Excuse[] excuses = CanonicalForm.sortedArray(list, new Excuse[0], CanonicalForm.EXCUSES);
    for (int i = 0; i < excuses.length; i++) {
      Excuse e = excuses[i];
      ascii(i == 0 ? "{\"approvedBy\":" : ",{\"approvedBy\":");
      string(e.approvedBy());
      ascii(",\"kind\":\"");
      ascii(e.kind().name());
      ascii('"');
      if (e.note() != null) {
        ascii(",\"note\":");
        string(e.note());
      }
      ascii('}');
    }
    ascii(']');
  }

  private void surveys(List<Survey> list) {
    ascii(",\"surveys\":[");
    Survey[] surveys = CanonicalForm.sortedArray(list, new Survey[0], CanonicalForm.SURVEYS);
    for (int i = 0; i < surveys.length; i++) {
      Survey v = surveys[i];
      ascii(i == 0 ? "{\"cadre\":" : ",{\"cadre\":");
      string(v.cadre());
      ascii(",\"date\":");
      date(v.date());
      ascii(",\"respondents\":");
      number(v.respondents());
      ascii(",\"satisfied\":");
      number(v.satisfied());
      ascii('}');
    }
    ascii(']');
  }

  // ---- writing ---------------------------------------------------------------------------------

  private void ascii(char c) {
    if (size == buffer.length) {
      flush();
    }
    buffer[size++] = (byte) c;
  }

  private void ascii(String s) {
    int n = s.length();
    if (size + n > buffer.length) {
      flush();
      if (n > buffer.length) {
        for (int i = 0; i < n; i++) {
          ascii(s.charAt(i));
        }
        return;
      }
    }
    for (int i = 0; i < n; i++) {
      buffer[size++] = (byte) s.charAt(i);
    }
  }

  /** A JSON string as Jackson writes it: quotes, backslashes and control characters escaped, UTF-8. */
  private void string(String s) {
    ascii('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (size + 12 > buffer.length) {
        flush();
      }
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x80) {
        if (c == '"' || c == '\\') {
          buffer[size++] = '\\';
        }
        buffer[size++] = (byte) c;
      } else if (c < 0x20) {
        buffer[size++] = '\\';
        switch (c) {
          case '\b' -> buffer[size++] = 'b';
          case '\t' -> buffer[size++] = 't';
          case '\n' -> buffer[size++] = 'n';
          case '\f' -> buffer[size++] = 'f';
          case '\r' -> buffer[size++] = 'r';
          default -> {
            buffer[size++] = 'u';
            buffer[size++] = '0';
            buffer[size++] = '0';
            buffer[size++] = HEX[c >> 4];
            buffer[size++] = HEX[c & 0xF];
          }
        }
      } else if (c < 0x800) {
        buffer[size++] = (byte) (0xC0 | (c >> 6));
        buffer[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        // Jackson writes characters beyond the BMP as their two escaped surrogates, \uD83D\uDE00.
        buffer[size++] = '\\';
        buffer[size++] = 'u';
        buffer[size++] = HEX[c >> 12];
        buffer[size++] = HEX[(c >> 8) & 0xF];
        buffer[size++] = HEX[(c >> 4) & 0xF];
        buffer[size++] = HEX[c & 0xF];
      } else {
        buffer[size++] = (byte) (0xE0 | (c >> 12));
        buffer[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    ascii('"');
  }

  /** A number as a plain decimal without trailing zeros ({@code 27.50} is {@code 27.5}, 1E+2 is 100). */
  private void number(BigDecimal d) {
    if (d.scale() > 0) {
      d = d.stripTrailingZeros();
    }
    ascii(d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString());
  }

  private void number(int n) {
    ascii(Integer.toString(n));
  }

  /** yyyy-MM-dd, as {@code LocalDate.toString()} and Jackson's ISO format write it. */
  private void date(LocalDate d) {
    int year = d.getYear();
    if (year < 1000 || year > 9999) {
      ascii('"');
      ascii(d.toString());
      ascii('"');
      return;
    }
    if (size + 12 > buffer.length) {
      flush();
    }
    byte[] b = buffer;
    int at = size;
    b[at++] = '"';
    b[at++] = (byte) ('0' + year / 1000);
    b[at++] = (byte) ('0' + year / 100 % 10);
    b[at++] = (byte) ('0' + year / 10 % 10);
    b[at++] = (byte) ('0' + year % 10);
    b[at++] = '-';
    int month = d.getMonthValue();
    b[at++] = (byte) ('0' + month / 10);
    b[at++] = (byte) ('0' + month % 10);
    b[at++] = '-';
    int day = d.getDayOfMonth();
    b[at++] = (byte) ('0' + day / 10);
    b[at++] = (byte) ('0' + day % 10);
    b[at++] = '"';
    size = at;
  }

  private void flush() {
    if (digest != null) {
      digest.update(buffer, 0, size);
    }
    if (copy != null) {
      copy.write(buffer, 0, size);
    }
    size = 0;
  }
}
