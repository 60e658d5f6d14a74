package vn.danhgia.evaluation.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.danhgia.evaluation.io.InterchangeIOException;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.ExcuseKind;
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.report.NextBand;
import vn.danhgia.evaluation.report.ProductMeasure;
import vn.danhgia.evaluation.report.ReviewResult;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.Direction;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.model.TaskKind;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.InputIdentity;
import vn.danhgia.evaluation.report.Message;
import vn.danhgia.evaluation.report.ProductOutcome;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.RuleSetIdentity;
import vn.danhgia.evaluation.report.ComponentTerm;
import vn.danhgia.evaluation.report.Components;
import vn.danhgia.evaluation.report.ReportTerms;
import vn.danhgia.evaluation.report.Severity;
import vn.danhgia.evaluation.report.ScoreComponents;
import vn.danhgia.evaluation.report.Summary;
import vn.danhgia.evaluation.report.WorkKind;
import vn.danhgia.evaluation.report.WorkOutcome;
import vn.danhgia.evaluation.report.WorkStatus;
import vn.danhgia.evaluation.testing.RandomInputs;

/**
 * The HTML page: markup well-formed enough for an XML parser, self-contained, escaped, in both
 * languages, every cadre present and a chart whose segments add up to the report's counts.
 */
class HtmlReportTest {
  static final String HOSTILE_NAME = "<script>alert(1)</script>";
  static final String HOSTILE_TITLE = "Thu ngân sách </td></table><img src=x onerror=alert(2)> & \"dự toán\" 'năm'";
  static final String RULE_SET_SHA = "c0f646e0316b" + "0".repeat(52);
  static final String INPUT_SHA = "8f4c6f83eac8" + "1".repeat(52);

  @TempDir
  Path tmp;

  // ------------------------------------------------------------------ fixture

  /** Six cadres in three peer groups, every rating and an incomplete one, hostile text in names and titles. */
  static EvaluationInput input() {
    List<Position> positions = List.of(
        new Position("P_SECRETARY", "Bí thư Huyện ủy", "DISTRICT_PARTY_SECRETARY", true),
        new Position("P_DIRECTOR", "Giám đốc Sở \"Tài chính\" & <Kế hoạch>", "DEPARTMENT_DIRECTOR", false),
        new Position("P_CHAIR", "Chủ tịch UBND huyện", "DISTRICT_CHAIR", false));
    List<Cadre> cadres = List.of(
        new Cadre("C01", HOSTILE_NAME, "P_SECRETARY", List.of()),
        new Cadre("C02", "Nguyễn Thị Ánh Tuyết", "P_SECRETARY", List.of()),
        new Cadre("C03", "Trần Văn Bình", "P_DIRECTOR", List.of()),
        new Cadre("C04", "Lê Hoàng Dũng", "P_DIRECTOR", List.of()),
        new Cadre("C05", "Phạm Quốc Việt", "P_CHAIR", List.of()),
        new Cadre("C06", "O'Brien & Hà \u0007Thị", "P_DIRECTOR", List.of()));
    LocalDate end = LocalDate.of(2025, 12, 31);
    List<Task> tasks = List.of(
        new Task("T01", "C01", TaskKind.ANNUAL, HOSTILE_TITLE, end, true, false),
        new Task("T02", "C01", TaskKind.BREAKTHROUGH, "Chuyển đổi số cấp huyện", LocalDate.of(2026, 6, 30), false, true),
        new Task("T03", "C03", TaskKind.ANNUAL, "Giải ngân vốn đầu tư công", end, false, false));
    List<Order> orders = List.of(new Order("O01", "C03", "Giải phóng mặt bằng cao tốc", "Ban Thường vụ Tỉnh ủy", end));
    List<Product> products = List.of(
        new Product("P01", "T01", null, "Thu ngân sách so với dự toán (%)", new BigDecimal("100"),
            new BigDecimal("104.5"), Direction.HIGHER_IS_BETTER, LocalDate.of(2025, 12, 20), "Báo cáo <số 12>"),
        new Product("P02", "T03", null, "Tỷ lệ giải ngân (%)", new BigDecimal("95"), new BigDecimal("1234567.25"),
            Direction.HIGHER_IS_BETTER, LocalDate.of(2026, 1, 5), null),
        new Product("P03", null, "O01", "Số hộ chưa bàn giao mặt bằng", new BigDecimal("0"), new BigDecimal("3"),
            Direction.LOWER_IS_BETTER, null, null));
    return new EvaluationInput(new EvaluationPeriod("2025", LocalDate.of(2025, 1, 1), end, null, List.of()),
        List.of(), positions, cadres, tasks, orders, products, List.of(), List.of(), List.of());
  }

  /** The terms of the report below: the leaders' four components, its flags and its reasons' severities. */
  static ReportTerms terms() {
    return ReportTerms.of(List.of(
            new ComponentTerm("general", new BigDecimal("30"), new Message("Tiêu chí chung", "General criteria")),
            new ComponentTerm("annual", new BigDecimal("40"), new Message("Chỉ tiêu, nhiệm vụ năm", "Annual tasks")),
            new ComponentTerm("breakthrough", new BigDecimal("15"), new Message("Việc đột phá", "Breakthrough tasks")),
            new ComponentTerm("orders", new BigDecimal("15"), new Message("Việc được đặt hàng", "Ordered work"))),
        Map.of("REMOVE_FROM_PLANNING", new Message("Đưa ra khỏi quy hoạch: hơn 1/2 nhưng dưới 2/3 số phiếu tín nhiệm thấp",
                "Remove from succession planning: more than 1/2 but under 2/3 of the votes were low confidence"),
            "SELF_ASSESSMENT_DIVERGES", new Message("Tự đánh giá cao hơn đánh giá quyết định từ 10 điểm trở lên",
                "The self-assessment's general points exceed the deciding assessment's by 10 or more")),
        Map.of("Too few annual tasks completed vetoes", Severity.VETO, "A failed order <caps>", Severity.CAP,
            "No deciding assessment", Severity.INCOMPLETE));
  }

  static EvaluationReport report() {
    ScoreComponents strong = Components.of(new BigDecimal("28.50"), new BigDecimal("40.00"),
        new BigDecimal("15.00"), new BigDecimal("15.00"));
    ScoreComponents weak = Components.of(new BigDecimal("19.50"), new BigDecimal("26.67"),
        new BigDecimal("15.00"), new BigDecimal("0.00"));
    Reason veto = new Reason("VETO_TASK_COMPLETION", "Too few annual tasks completed vetoes", null,
        new Message("Hoàn thành dưới 70% nhiệm vụ năm", "Fewer than 70% of the annual tasks were completed"));
    Reason capped = new Reason("CAP_ORDER_FAILED", "A failed order <caps>", "O01",
        new Message("Việc được đặt hàng O01 không hoàn thành", "The ordered work O01 was not completed"));
    Reason incomplete = new Reason("NO_DECIDING_ASSESSMENT", "No deciding assessment", null,
        new Message("Không có đánh giá quyết định", "No deciding assessment"));
    List<CadreResult> results = List.of(
        new CadreResult("C01", ResultStatus.RATED, Rating.EXCELLENT, "Hoàn thành xuất sắc nhiệm vụ",
            new BigDecimal("98.50"), strong, List.of(), List.of(),
            List.of(new WorkOutcome("T01", WorkKind.ANNUAL, WorkStatus.COMPLETED_ON_TIME, true, BigDecimal.ONE,
                    List.of(new ProductOutcome("P01", true, true, false))),
                new WorkOutcome("T02", WorkKind.BREAKTHROUGH, WorkStatus.IN_PROGRESS, false, null, List.of()))),
        new CadreResult("C02", ResultStatus.RATED, Rating.GOOD, "Hoàn thành tốt nhiệm vụ",
            new BigDecimal("97.00"), strong, List.of(), List.of(), List.of()),
        new CadreResult("C03", ResultStatus.RATED, Rating.NOT_COMPLETED, "Không hoàn thành nhiệm vụ",
            new BigDecimal("61.17"), weak, List.of(capped, veto), List.of("REMOVE_FROM_PLANNING"),
            List.of(new WorkOutcome("T03", WorkKind.ANNUAL, WorkStatus.COMPLETED_LATE, true, new BigDecimal("0.75"),
                    List.of(new ProductOutcome("P02", true, true, true))),
                new WorkOutcome("O01", WorkKind.ORDER, WorkStatus.NOT_COMPLETED, false, BigDecimal.ZERO,
                    List.of(new ProductOutcome("P03", false, false, false))))),
        new CadreResult("C04", ResultStatus.RATED, Rating.GOOD, "Hoàn thành tốt nhiệm vụ",
            new BigDecimal("85.00"), strong, List.of(), List.of("SELF_ASSESSMENT_DIVERGES"), List.of()),
        new CadreResult("C05", ResultStatus.INCOMPLETE, null, null, null, null, List.of(incomplete), List.of(),
            List.of()),
        new CadreResult("C06", ResultStatus.RATED, Rating.COMPLETED, "Hoàn thành nhiệm vụ",
            new BigDecimal("55.00"), weak, List.of(), List.of(), List.of()));
    return new EvaluationReport("2025", new RuleSetIdentity("leaders", "2025.1", RULE_SET_SHA),
        new InputIdentity(INPUT_SHA), results, Summary.of(results));
  }

  // ------------------------------------------------------------------ parsing helpers

  /** Parses the page with the JDK's XML parser: the markup is XHTML-compatible (void elements closed). */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setExpandEntityReferences(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> all(Node context, String xpath) throws XPathExpressionException {
    XPath x = XPathFactory.newInstance().newXPath();
    NodeList nodes = (NodeList) x.evaluate(xpath, context, XPathConstants.NODESET);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static Element one(Node context, String xpath) throws XPathExpressionException {
    List<Element> found = all(context, xpath);
    assertThat(found).as(xpath).hasSize(1);
    return found.get(0);
  }

  static String text(Node context, String xpath) throws XPathExpressionException {
    return one(context, xpath).getTextContent().strip().replaceAll("\\s+", " ");
  }

  /** @return the text of each cell of a row */
  static List<String> cells(Element row) throws XPathExpressionException {
    List<String> out = new ArrayList<>();
    for (Element cell : all(row, "td | th")) {
      out.add(cell.getTextContent().strip().replaceAll("\\s+", " "));
    }
    return out;
  }

  static int count(Element e) {
    return Integer.parseInt(e.getAttribute("data-count"));
  }

  // ------------------------------------------------------------------ structure

  @Test
  void page_parsesAsXml_withLanguageCharsetTitleAndSections() throws Exception {
    Document doc = parse(HtmlReport.render(report(), input(), terms()));

    Element html = doc.getDocumentElement();
    assertThat(html.getTagName()).isEqualTo("html");
    assertThat(html.getAttribute("lang")).isEqualTo("vi");
    assertThat(one(doc, "/html/head/meta[@charset]").getAttribute("charset")).isEqualToIgnoringCase("utf-8");
    assertThat(text(doc, "/html/head/title")).isEqualTo("Báo cáo đánh giá cán bộ – kỳ 2025");
    assertThat(all(doc, "/html/head/style")).hasSize(1);
    assertThat(text(doc, "//h1")).isEqualTo("Báo cáo đánh giá cán bộ");
    assertThat(all(doc, "//svg")).hasSize(1);
    assertThat(all(doc, "//section[@data-cadre]")).hasSize(6);
    assertThat(all(doc, "//table[@class='overview']/tbody/tr")).hasSize(6);
  }

  @Test
  void header_namesPeriodRuleSetAndHashPrefixes() throws Exception {
    Document doc = parse(HtmlReport.render(report(), input(), terms()));

    assertThat(text(doc, "//dd[@class='period']")).isEqualTo("2025 (01/01/2025 – 31/12/2025)");
    assertThat(text(doc, "//dd[@class='rule-set']")).isEqualTo("leaders 2025.1");
    Element ruleSetSha = one(doc, "//code[contains(@class,'rule-set-sha')]");
    assertThat(ruleSetSha.getTextContent()).isEqualTo("c0f646e0316b…");
    assertThat(ruleSetSha.getAttribute("title")).isEqualTo(RULE_SET_SHA);
    Element inputSha = one(doc, "//code[contains(@class,'input-sha')]");
    assertThat(inputSha.getTextContent()).isEqualTo("8f4c6f83eac8…");
    assertThat(inputSha.getAttribute("title")).isEqualTo(INPUT_SHA);
    assertThat(text(doc, "//dd[@class='cadre-count']")).isEqualTo("6");
  }

  @Test
  void page_isSelfContained_noScriptNoExternalResource() throws Exception {
    String html = HtmlReport.render(report(), input(), terms());
    Document doc = parse(html);

    assertThat(all(doc, "//script | //link | //img | //iframe | //object | //embed | //video | //audio | //source"))
        .isEmpty();
    for (Element e : all(doc, "//*")) {
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Node a = attributes.item(i);
        assertThat(a.getNodeName()).as("event handler attribute on <%s>", e.getTagName()).doesNotStartWith("on");
        if (a.getNodeName().equals("href") || a.getNodeName().equals("src")) {
          assertThat(a.getNodeValue()).as("a link that stays in the page").startsWith("#");
        }
      }
    }
    String style = one(doc, "/html/head/style").getTextContent();
    assertThat(style).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
    assertThat(html).doesNotContain("http:").doesNotContain("https:");
  }

  @Test
  void render_isDeterministic() {
    assertThat(HtmlReport.render(report(), input(), terms())).isEqualTo(HtmlReport.render(report(), input(), terms()));
  }

  // ------------------------------------------------------------------ escaping

  @Test
  void hostileText_isEscaped_inTextAndAttributes() throws Exception {
    String html = HtmlReport.render(report(), input(), terms());

    assertThat(html).doesNotContain(HOSTILE_NAME).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).doesNotContain("<img").doesNotContain("</td></table>");
    assertThat(html).doesNotContain("<Kế hoạch>");
    assertThat(html).doesNotContain("<caps>");

    Document doc = parse(html);
    Element c01 = one(doc, "//section[@data-cadre='C01']");
    assertThat(text(c01, ".//span[@class='name']")).isEqualTo(HOSTILE_NAME);
    assertThat(text(doc, "//table[@class='overview']/tbody/tr[@data-cadre='C01']/td[@class='name']/a"))
        .isEqualTo(HOSTILE_NAME);
    assertThat(text(c01, ".//div[@data-work='T01']//span[@class='wtitle']")).isEqualTo(HOSTILE_TITLE);
    assertThat(text(doc, "//section[@data-cadre='C03']//p[@class='position']"))
        .startsWith("Giám đốc Sở \"Tài chính\" & <Kế hoạch>");
    // in an attribute: the rule name is the reason's tooltip
    Element capped = one(doc, "//section[@data-cadre='C03']//li[@data-code='CAP_ORDER_FAILED']");
    assertThat(capped.getAttribute("title")).isEqualTo("Quy tắc: A failed order <caps>");
    // a control character, which neither HTML nor XML can carry, is replaced
    assertThat(text(doc, "//section[@data-cadre='C06']//span[@class='name']")).isEqualTo("O'Brien & Hà \uFFFDThị");
  }

  // ------------------------------------------------------------------ languages

  @Test
  void vietnamese_isTheDefault_withVietnameseWordsAndNumbers() throws Exception {
    String html = HtmlReport.render(report(), input(), terms());
    assertThat(html).isEqualTo(HtmlReport.render(report(), input(), terms(), HtmlReport.VIETNAMESE))
        .isEqualTo(HtmlReport.render(report(), input(), terms(), Locale.forLanguageTag("vi-VN")));
    Document doc = parse(html);

    assertThat(text(doc, "//h2[@id='chart-heading']")).isEqualTo("Xếp loại theo nhóm chức danh");
    Element c03 = one(doc, "//section[@data-cadre='C03']");
    assertThat(text(c03, ".//div[@class='score']")).isEqualTo("61,17 / 100");
    assertThat(text(c03, ".//div[contains(@class,'badge')]")).isEqualTo("Không hoàn thành nhiệm vụ");
    assertThat(text(c03, ".//li[@data-code='VETO_TASK_COMPLETION']/span[@class='msg']"))
        .isEqualTo("Hoàn thành dưới 70% nhiệm vụ năm");
    assertThat(text(c03, ".//li[@data-code='VETO_TASK_COMPLETION']/small[@class='rule']"))
        .isEqualTo("Quy tắc: Too few annual tasks completed vetoes");
    assertThat(text(c03, ".//li[@data-code='CAP_ORDER_FAILED']/span[@class='subject']"))
        .isEqualTo("(O01 · Giải phóng mặt bằng cao tốc)");
    assertThat(text(c03, ".//li[@data-flag='REMOVE_FROM_PLANNING']/span[@class='msg']"))
        .isEqualTo("Đưa ra khỏi quy hoạch: hơn 1/2 nhưng dưới 2/3 số phiếu tín nhiệm thấp");
    assertThat(text(c03, ".//tr[@data-component='annual']/td[1]")).isEqualTo("Chỉ tiêu, nhiệm vụ năm");
    assertThat(text(c03, ".//tr[@data-component='annual']/td[2]")).isEqualTo("26,67");
    Element late = one(c03, ".//div[@data-work='T03']");
    assertThat(text(late, ".//span[contains(@class,'kind')]")).isEqualTo("Nhiệm vụ năm");
    assertThat(text(late, ".//span[contains(@class,'status')]")).isEqualTo("Hoàn thành chậm");
    assertThat(text(late, ".//strong[@class='credit']")).isEqualTo("0,75");
    assertThat(text(late, ".//tr[@data-product='P02']"))
        .isEqualTo("Tỷ lệ giải ngân (%) ≥ 95 1.234.567,25 05/01/2026 Đạt Vượt Chậm hạn");
    assertThat(text(c03, ".//div[@data-work='O01']//tr[@data-product='P03']"))
        .isEqualTo("Số hộ chưa bàn giao mặt bằng ≤ 0 3 Chưa giao nộp Không đạt");
    assertThat(text(c03, ".//div[@data-work='O01']//div[@class='work-meta']")).contains("Đặt hàng: Ban Thường vụ Tỉnh ủy");
    Element inProgress = one(doc, "//div[@data-work='T02']");
    assertThat(text(inProgress, ".//strong[@class='credit']")).isEqualTo("không tính");
    assertThat(text(inProgress, ".//p")).isEqualTo("Chưa có sản phẩm nào.");
  }

  @Test
  void english_forAnEnglishLocale_withTheOfficialVietnameseLabel() throws Exception {
    String html = HtmlReport.render(report(), input(), terms(), Locale.ENGLISH);
    Document doc = parse(html);

    assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    assertThat(text(doc, "/html/head/title")).isEqualTo("Cadre evaluation report – period 2025");
    assertThat(text(doc, "//h2[@id='chart-heading']")).isEqualTo("Ratings by peer group");
    assertThat(text(doc, "//dd[@class='period']")).isEqualTo("2025 (2025-01-01 – 2025-12-31)");
    Element c03 = one(doc, "//section[@data-cadre='C03']");
    assertThat(text(c03, ".//div[@class='score']")).isEqualTo("61.17 / 100");
    assertThat(text(c03, ".//div[contains(@class,'badge')]")).isEqualTo("Did not complete tasks");
    assertThat(text(c03, ".//div[@class='official']")).isEqualTo("Official wording: Không hoàn thành nhiệm vụ");
    assertThat(one(c03, ".//div[@class='official']/span").getAttribute("lang")).isEqualTo("vi");
    assertThat(text(c03, ".//li[@data-code='VETO_TASK_COMPLETION']/span[@class='msg']"))
        .isEqualTo("Fewer than 70% of the annual tasks were completed");
    assertThat(text(c03, ".//li[@data-flag='REMOVE_FROM_PLANNING']/span[@class='msg']"))
        .isEqualTo("Remove from succession planning: more than 1/2 but under 2/3 of the votes were low confidence");
    assertThat(text(c03, ".//tr[@data-product='P02']"))
        .isEqualTo("Tỷ lệ giải ngân (%) ≥ 95 1,234,567.25 2026-01-05 Met Exceeded Late");
    assertThat(text(one(doc, "//section[@data-cadre='C05']"), ".//div[contains(@class,'badge')]"))
        .isEqualTo("Not rated: incomplete data");
    // Any language other than Vietnamese gets English.
    assertThat(HtmlReport.render(report(), input(), terms(), Locale.FRENCH)).isEqualTo(html);
    // Names from the data are never translated.
    assertThat(text(doc, "//section[@data-cadre='C02']//span[@class='name']")).isEqualTo("Nguyễn Thị Ánh Tuyết");
  }

  @Test
  void bundles_haveTheSameKeys_andAreUtf8() throws IOException {
    Properties vi = bundle("messages_vi.properties");
    Properties en = bundle("messages_en.properties");

    assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(vi.getProperty("chart.heading")).isEqualTo("Xếp loại theo nhóm chức danh");
    for (Rating r : Rating.values()) {
      assertThat(vi.getProperty("rating." + r.name())).isEqualTo(r.vietnamese());
      assertThat(en.getProperty("rating." + r.name())).isEqualTo(r.english());
    }
  }

  static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void rulesetWording_ofALabel_isKeptInVietnamese() throws Exception {
    EvaluationReport base = report();
    List<CadreResult> results = new ArrayList<>(base.results());
    CadreResult c06 = results.get(5);
    String worded = "Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực";
    results.set(5, new CadreResult(c06.cadre(), c06.status(), c06.rating(), worded, c06.score(), c06.components(),
        c06.reasons(), c06.flags(), c06.work()));
    EvaluationReport report = new EvaluationReport(base.period(), base.ruleSet(), base.input(), results,
        base.summary());

    Document doc = parse(HtmlReport.render(report, input(), terms()));

    assertThat(text(doc, "//section[@data-cadre='C06']//div[contains(@class,'badge')]")).isEqualTo(worded);
    assertThat(text(doc, "//g[@class='legend']/g[@data-rating='COMPLETED']/text")).isEqualTo(worded + " (1)");
  }

  // ------------------------------------------------------------------ cadres and chart

  @Test
  void everyCadre_hasASection_withNamePositionScoreAndRating() throws Exception {
    EvaluationInput input = input();
    Map<String, Cadre> cadres = input.cadres().stream().collect(Collectors.toMap(Cadre::id, Function.identity()));
    Document doc = parse(HtmlReport.render(report(), input, terms()));

    for (CadreResult r : report().results()) {
      Element section = one(doc, "//section[@data-cadre='" + r.cadre() + "']");
      assertThat(section.getAttribute("data-rating")).isEqualTo(r.rating() == null ? "INCOMPLETE" : r.rating().name());
      assertThat(text(section, ".//span[@class='cid']")).isEqualTo(r.cadre());
      String name = cadres.get(r.cadre()).name().replace('\u0007', '\uFFFD');
      assertThat(one(section, ".//span[@class='name']").getTextContent()).isEqualTo(name);
      assertThat(all(section, ".//div[contains(@class,'components')]")).hasSize(r.score() == null ? 0 : 1);
    }
    Element incomplete = one(doc, "//section[@data-cadre='C05']");
    assertThat(text(incomplete, ".//div[@class='score']")).isEqualTo("Chưa có điểm");
    assertThat(text(incomplete, ".//div[contains(@class,'badge')]")).isEqualTo("Chưa đủ căn cứ đánh giá");
    assertThat(text(incomplete, ".//li[@data-code='NO_DECIDING_ASSESSMENT']/span[@class='msg']"))
        .isEqualTo("Không có đánh giá quyết định");
  }

  @Test
  void chart_hasABarPerPeerGroup_inTheOrderOfTheResults() throws Exception {
    Document doc = parse(HtmlReport.render(report(), input(), terms()));

    List<String> groups = all(doc, "//svg//g[@class='bar']").stream().map(e -> e.getAttribute("data-group")).toList();
    assertThat(groups).containsExactly("DISTRICT_PARTY_SECRETARY", "DEPARTMENT_DIRECTOR", "DISTRICT_CHAIR");
    assertThat(all(doc, "//svg//g[@class='legend']/g").stream().map(e -> e.getAttribute("data-rating")))
        .containsExactly("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED", "INCOMPLETE");
  }

  @Test
  void chart_segmentsAddUpToTheCounts_fixture() throws Exception {
    assertChartAddsUp(report(), input());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2019})
  void chart_segmentsAddUpToTheCounts_randomInputs(long seed) throws Exception {
    EvaluationInput input = RandomInputs.generate(seed, 60, 2025);
    List<CadreResult> results = new ArrayList<>();
    List<Rating> ratings = List.of(Rating.values());
    int i = 0;
    for (Cadre c : input.cadres().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList()) {
      int pick = (int) ((seed + i * 7L) % 5);
      i++;
      if (pick == 4) {
        results.add(new CadreResult(c.id(), ResultStatus.INCOMPLETE, null, null, null, null, List.of(), List.of(),
            List.of()));
      } else {
        Rating rating = ratings.get(pick);
        results.add(new CadreResult(c.id(), ResultStatus.RATED, rating, rating.vietnamese(), new BigDecimal("75.00"),
            Components.of(new BigDecimal("20.00"), new BigDecimal("30.00"), new BigDecimal("12.50"),
                new BigDecimal("12.50")), List.of(), List.of(), List.of()));
      }
    }
    EvaluationReport report = new EvaluationReport(input.period().id(), new RuleSetIdentity("leaders", "2025.1",
        RULE_SET_SHA), new InputIdentity(INPUT_SHA), results, Summary.of(results));

    assertChartAddsUp(report, input);
  }

  static void assertChartAddsUp(EvaluationReport report, EvaluationInput input) throws Exception {
    Document doc = parse(HtmlReport.render(report, input, terms()));
    Summary summary = report.summary();
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (Rating r : Rating.values()) {
      expected.put(r.name(), summary.count(r));
    }
    expected.put("INCOMPLETE", summary.incomplete());

    // every cadre is in one segment: per rating, the segments add up to the report's summary
    List<Element> segments = all(doc, "//svg//rect[@data-rating]");
    Map<String, Integer> byRating = new HashMap<>();
    for (Element s : segments) {
      assertThat(count(s)).as("a segment is drawn only for a count above 0").isPositive();
      byRating.merge(s.getAttribute("data-rating"), count(s), Integer::sum);
    }
    expected.forEach((rating, n) -> assertThat(byRating.getOrDefault(rating, 0)).as(rating).isEqualTo(n));
    assertThat(segments.stream().mapToInt(HtmlReportTest::count).sum()).isEqualTo(report.results().size());

    // per peer group, the segments add up to the group's cadres, and the lengths are proportional
    Map<String, String> groupOfCadre = new HashMap<>();
    Map<String, String> groupOfPosition = input.positions().stream()
        .collect(Collectors.toMap(Position::code, Position::group));
    input.cadres().forEach(c -> groupOfCadre.put(c.id(), groupOfPosition.get(c.position())));
    Map<String, Long> groupSizes = report.results().stream()
        .collect(Collectors.groupingBy(r -> groupOfCadre.get(r.cadre()), Collectors.counting()));
    List<Element> bars = all(doc, "//svg//g[@class='bar']");
    assertThat(bars).hasSize(groupSizes.size());
    Double unit = null;
    for (Element bar : bars) {
      String group = bar.getAttribute("data-group");
      List<Element> parts = all(bar, ".//rect[@data-rating]");
      int sum = parts.stream().mapToInt(HtmlReportTest::count).sum();
      assertThat(sum).as(group).isEqualTo(groupSizes.get(group).intValue())
          .isEqualTo(Integer.parseInt(bar.getAttribute("data-total")));
      assertThat(parts).allSatisfy(p -> assertThat(p.getAttribute("data-group")).isEqualTo(group));
      double width = 0;
      double x = Double.parseDouble(parts.get(0).getAttribute("x"));
      for (Element p : parts) {
        assertThat(Double.parseDouble(p.getAttribute("x"))).as("segments follow each other").isCloseTo(x, within());
        double w = Double.parseDouble(p.getAttribute("width"));
        assertThat(w / count(p)).as("one cadre's length in " + group).isCloseTo(unit == null ? w / count(p) : unit,
            within());
        unit = w / count(p);
        x += w;
        width += w;
      }
      assertThat(width / sum).isCloseTo(unit, within());
      // the table under the chart has the same counts
      Element row = one(doc, "//table[@class='groups']/tbody/tr[@data-group='" + group + "']");
      for (Element cell : all(row, "td[@data-rating]")) {
        int inBar = parts.stream().filter(p -> p.getAttribute("data-rating").equals(cell.getAttribute("data-rating")))
            .mapToInt(HtmlReportTest::count).sum();
        assertThat(Integer.parseInt(cell.getTextContent().strip())).isEqualTo(inBar);
      }
    }

    // the legend and the header give the totals
    for (Element item : all(doc, "//svg//g[@class='legend']/g")) {
      assertThat(count(item)).isEqualTo(expected.get(item.getAttribute("data-rating")));
    }
    for (Element chip : all(doc, "//ul[@class='chips']/li")) {
      assertThat(count(chip)).isEqualTo(expected.get(chip.getAttribute("data-rating")));
    }
    // every cadre has its section
    assertThat(all(doc, "//section[@data-cadre]").stream().map(e -> e.getAttribute("data-cadre")))
        .containsExactlyElementsOf(report.results().stream().map(CadreResult::cadre).toList());
  }

  static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.02);
  }

  // ------------------------------------------------------------------ 2026.1: reviews, measures, next band

  static final String HOSTILE_AUTHORITY = "<b>Sở</b> Nội vụ & \"UBND\"";

  /** A year of four quarters; three cadres, their tasks and products. */
  static EvaluationInput input2026() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    List<Review> quarters = List.of(new Review("Q1", start, LocalDate.of(2026, 3, 31)),
        new Review("Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
        new Review("Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
        new Review("Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
    LocalDate end = LocalDate.of(2026, 12, 31);
    List<Position> positions = List.of(new Position("P_CHAIR", "Chủ tịch UBND huyện", "DISTRICT_CHAIR", false));
    List<Cadre> cadres = List.of(new Cadre("C01", "Nguyễn Văn An", "P_CHAIR", List.of()),
        new Cadre("C02", "Trần Thị Bích", "P_CHAIR", List.of()), new Cadre("C03", "Lê Văn Cường", "P_CHAIR", List.of()));
    List<Task> tasks = List.of(new Task("T01", "C01", TaskKind.ANNUAL, "Cải cách hành chính", end, false, false),
        new Task("T02", "C01", TaskKind.ANNUAL, "Đề án năm sau", LocalDate.of(2027, 3, 31), false, false));
    List<Order> orders = List.of(new Order("O01", "C01", "Giải phóng mặt bằng", "Ban Thường vụ", end));
    List<Product> products = List.of(
        new Product("P01", "T01", null, "Hồ sơ trực tuyến (%)", new BigDecimal("80"), new BigDecimal("85"),
            Direction.HIGHER_IS_BETTER, LocalDate.of(2026, 3, 20), null),
        new Product("P02", "T01", null, "Thủ tục rút gọn", new BigDecimal("20"), new BigDecimal("20"),
            Direction.HIGHER_IS_BETTER, LocalDate.of(2026, 7, 2), null),
        new Product("P03", null, "O01", "Số hộ bàn giao", new BigDecimal("50"), new BigDecimal("50"),
            Direction.HIGHER_IS_BETTER, LocalDate.of(2026, 12, 1), null),
        new Product("P04", "T02", null, "Đề án", BigDecimal.ONE, BigDecimal.ZERO, Direction.HIGHER_IS_BETTER, null,
            null));
    return new EvaluationInput(new EvaluationPeriod("2026", start, end, null, List.of(), quarters), List.of(),
        positions, cadres, tasks, orders, products, List.of(), List.of(), List.of());
  }

  static ReportTerms terms2026() {
    return ReportTerms.of(List.of(
            new ComponentTerm("general", new BigDecimal("30"), new Message("Tiêu chí chung", "General criteria")),
            new ComponentTerm("results", new BigDecimal("70"), new Message("Kết quả thực hiện nhiệm vụ", "Task results"))),
        Map.of(), Map.of());
  }

  static ScoreComponents generalAndResults(String general, String results) {
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    points.put("general", new BigDecimal(general));
    points.put("results", new BigDecimal(results));
    return ScoreComponents.of(points);
  }

  static ReviewResult review(String id, String weight, String quantity, String quality, String progress,
      String results) {
    return new ReviewResult(id, new BigDecimal(weight), new BigDecimal(quantity), new BigDecimal(quality),
        new BigDecimal(progress), new BigDecimal(results));
  }

  static ProductMeasure measure(String review, String weight, boolean completed, String quality, String progress,
      int qualityDeductions, int delayDeductions, List<Excuse> excuses) {
    return new ProductMeasure(review, new BigDecimal(weight), completed, new BigDecimal(quality),
        new BigDecimal(progress), qualityDeductions, delayDeductions, excuses);
  }

  /**
   * C01: four quarters, Q3 not counted, a product with two excuses, one in no review, 3.59 points
   * to GOOD; C02: at the top (no band above); C03: not rated, with its reviews.
   */
  static EvaluationReport report2026() {
    List<ReviewResult> c01Reviews = List.of(review("Q1", "1.00", "100.00", "100.00", "100.00", "100.00"),
        review("Q2", "1.00", "100.00", "75.00", "100.00", "92.50"),
        new ReviewResult("Q3", new BigDecimal("0.00"), null, null, null, null),
        review("Q4", "2.00", "100.00", "0.00", "50.00", "55.00"));
    List<Excuse> excuses = List.of(new Excuse(ExcuseKind.DELAY, HOSTILE_AUTHORITY, "mưa lũ"),
        new Excuse(ExcuseKind.QUALITY, "UBND tỉnh", null));
    List<WorkOutcome> c01Work = List.of(
        new WorkOutcome("T01", WorkKind.ANNUAL, WorkStatus.COMPLETED_LATE, true, new BigDecimal("0.75"), List.of(
            new ProductOutcome("P01", true, true, false, measure("Q1", "1.00", true, "1.00", "1.00", 0, 0, List.of())),
            new ProductOutcome("P02", true, false, true, measure("Q2", "1.00", true, "0.75", "1.00", 1, 0, excuses)))),
        new WorkOutcome("T02", WorkKind.ANNUAL, WorkStatus.IN_PROGRESS, true, BigDecimal.ZERO, List.of(
            new ProductOutcome("P04", false, false, false,
                measure(null, "1.00", false, "0.00", "0.00", 0, 0, List.of())))),
        new WorkOutcome("O01", WorkKind.ORDER, WorkStatus.COMPLETED_ON_TIME, true, BigDecimal.ONE, List.of(
            new ProductOutcome("P03", true, false, true, measure("Q4", "2.00", true, "0.00", "0.50", 0, 2, List.of())))));
    ScoreComponents c01 = generalAndResults("27.00", "55.41");
    List<ReviewResult> full = List.of(review("Q1", "1.00", "100.00", "100.00", "100.00", "100.00"),
        review("Q2", "1.00", "100.00", "100.00", "100.00", "100.00"),
        review("Q3", "1.00", "100.00", "100.00", "100.00", "100.00"),
        review("Q4", "1.00", "100.00", "100.00", "100.00", "100.00"));
    List<ReviewResult> c03Reviews = List.of(review("Q1", "1.00", "100.00", "100.00", "100.00", "100.00"),
        new ReviewResult("Q2", new BigDecimal("0.00"), null, null, null, null),
        new ReviewResult("Q3", new BigDecimal("0.00"), null, null, null, null),
        new ReviewResult("Q4", new BigDecimal("0.00"), null, null, null, null));
    Reason tooFew = new Reason("TOO_FEW_REVIEWS", "Too few reviews", null,
        new Message("Dưới 50% số kỳ có sản phẩm đến hạn", "Fewer than 50% of the reviews counted"));
    List<CadreResult> results = List.of(
        new CadreResult("C01", ResultStatus.RATED, Rating.COMPLETED, "Hoàn thành nhiệm vụ", new BigDecimal("82.41"),
            c01, List.of(), List.of(), c01Reviews, new NextBand(Rating.GOOD, new BigDecimal("3.59")), c01Work),
        new CadreResult("C02", ResultStatus.RATED, Rating.EXCELLENT, "Hoàn thành xuất sắc nhiệm vụ",
            new BigDecimal("98.00"), generalAndResults("28.00", "70.00"), List.of(), List.of(), full, NextBand.NONE, List.of()),
        new CadreResult("C03", ResultStatus.INCOMPLETE, null, null, null, null, List.of(tooFew), List.of(),
            c03Reviews, NextBand.NONE, List.of()));
    return new EvaluationReport("2026", new RuleSetIdentity("leaders", "2026.1", RULE_SET_SHA),
        new InputIdentity(INPUT_SHA), results, Summary.of(results));
  }

  static Document page2026(Locale locale) throws Exception {
    return parse(HtmlReport.render(report2026(), input2026(), terms2026(), locale));
  }

  @Test
  void reviewChart_hasABarPerReview_inThePeriodsOrder_withTheNotCountedOneAsAGap() throws Exception {
    Document doc = page2026(HtmlReport.VIETNAMESE);

    assertThat(all(doc, "//svg[@class='review-chart']")).hasSize(3);
    Element c01 = one(doc, "//section[@data-cadre='C01']");
    List<Element> reviews = all(c01, ".//svg[@class='review-chart']/g[@class='review']");
    assertThat(reviews).extracting(e -> e.getAttribute("data-review")).containsExactly("Q1", "Q2", "Q3", "Q4");
    assertThat(reviews).extracting(e -> e.getAttribute("data-counted")).containsExactly("true", "true", "false", "true");
    assertThat(reviews).extracting(e -> e.getAttribute("data-results")).containsExactly("100.00", "92.50", "", "55.00");
    // a counted review is a bar as high as its results on the 0–100 axis, with its value above it
    Element axisTop = one(c01, ".//svg[@class='review-chart']/line[@class='grid'][last()]");
    Element axisBottom = one(c01, ".//svg[@class='review-chart']/line[@class='grid'][1]");
    double bottom = Double.parseDouble(axisBottom.getAttribute("y1"));
    double full = bottom - Double.parseDouble(axisTop.getAttribute("y1"));
    for (Element review : reviews) {
      if (review.getAttribute("data-counted").equals("true")) {
        Element bar = one(review, "rect[@class='review-bar']");
        double height = Double.parseDouble(bar.getAttribute("height"));
        assertThat(height / full * 100).as(review.getAttribute("data-review"))
            .isCloseTo(Double.parseDouble(review.getAttribute("data-results")), within());
        assertThat(Double.parseDouble(bar.getAttribute("y")) + height).isCloseTo(bottom, within());
        assertThat(all(review, "rect[@class='review-gap']")).isEmpty();
      }
    }
    assertThat(text(reviews.get(1), "text[@class='value']")).isEqualTo("92,50");
    assertThat(text(reviews.get(1), "title")).isEqualTo("Q2: kết quả 92,50");
    Element gap = reviews.get(2);
    assertThat(all(gap, "rect[@class='review-bar'] | text[@class='value']")).isEmpty();
    assertThat(Double.parseDouble(one(gap, "rect[@class='review-gap']").getAttribute("height"))).isCloseTo(full, within());
    assertThat(text(gap, "text[@class='gap']")).isEqualTo("không tính");
    assertThat(text(gap, "text[@class='review-label']")).isEqualTo("Q3");
    // the not-rated cadre's reviews are drawn too
    assertThat(all(doc, "//section[@data-cadre='C03']//g[@class='review'][@data-counted='false']")).hasSize(3);
  }

  @Test
  void reviewTable_givesEachReviewsFigures_andNamesTheNotCountedOne() throws Exception {
    Element c01 = one(page2026(HtmlReport.VIETNAMESE), "//section[@data-cadre='C01']");

    assertThat(all(c01, ".//table[@class='reviews']/tbody/tr")).extracting(e -> e.getAttribute("data-review"))
        .containsExactly("Q1", "Q2", "Q3", "Q4");
    assertThat(cells(one(c01, ".//table[@class='reviews']//tr[@data-review='Q2']")))
        .containsExactly("Q2", "1,00", "100,00", "75,00", "100,00", "92,50");
    assertThat(cells(one(c01, ".//table[@class='reviews']//tr[@data-review='Q3']")))
        .containsExactly("Q3", "0,00", "không tính");
    assertThat(one(c01, ".//table[@class='reviews']//tr[@data-review='Q4']/td[1]").getAttribute("title"))
        .isEqualTo("01/10/2026 – 31/12/2026");
  }

  @Test
  void productTable_isGroupedByReview_withEachProductsMeasureAndExcuses() throws Exception {
    Element c01 = one(page2026(HtmlReport.VIETNAMESE), "//section[@data-cadre='C01']");

    List<Element> groups = all(c01, ".//table[@class='measures']/tbody");
    // the period's reviews that have products, in its order (Q3 has none), then the products in no review
    assertThat(groups).extracting(e -> e.getAttribute("data-review")).containsExactly("Q1", "Q2", "Q4", "");
    assertThat(text(groups.get(1), "tr[@class='group-head']")).isEqualTo("Q2 (01/04/2026 – 30/06/2026) · kết quả 92,50");
    assertThat(text(groups.get(3), "tr[@class='group-head']")).isEqualTo("Không thuộc kỳ nào");
    assertThat(all(groups.get(1), "tr[@data-product]")).extracting(e -> e.getAttribute("data-product"))
        .containsExactly("P02");
    Element p02 = one(groups.get(1), "tr[@data-product='P02']");
    assertThat(text(p02, "td[1]")).isEqualTo("P02 Thủ tục rút gọn");
    assertThat(text(p02, "td[2]")).isEqualTo("T01 · Cải cách hành chính");
    assertThat(text(p02, "td[3]")).isEqualTo("1,00");
    assertThat(text(p02, "td[4]")).isEqualTo("Có");
    assertThat(text(p02, "td[5]")).isEqualTo("0,75");
    assertThat(text(p02, "td[6]")).isEqualTo("1,00");
    assertThat(text(p02, "td[7]")).isEqualTo("lỗi chất lượng: 1");
    List<Element> excuses = all(p02, "td[8]/div[@class='excuse']");
    assertThat(excuses).extracting(e -> e.getAttribute("data-kind")).containsExactly("DELAY", "QUALITY");
    assertThat(excuses.get(0).getTextContent().strip())
        .isEqualTo("Miễn trừ chậm tiến độ, chấp thuận: " + HOSTILE_AUTHORITY + " (mưa lũ)");
    assertThat(excuses.get(1).getTextContent().strip()).isEqualTo("Miễn trừ lỗi chất lượng, chấp thuận: UBND tỉnh");
    assertThat(cells(one(c01, ".//table[@class='measures']//tr[@data-product='P03']")))
        .containsExactly("P03 Số hộ bàn giao", "O01 · Giải phóng mặt bằng", "2,00", "Có", "0,00", "0,50", "chậm: 2", "—");
    assertThat(cells(one(groups.get(3), "tr[@data-product='P04']")))
        .containsExactly("P04 Đề án", "T02 · Đề án năm sau", "1,00", "Chưa", "0,00", "0,00", "không", "—");
    // the tasks and orders are shown as before, below
    assertThat(all(c01, ".//div[@data-work]")).hasSize(3);
  }

  @Test
  void nextBand_saysHowManyPointsToTheBandAbove_inBothLanguages() throws Exception {
    Document vi = page2026(HtmlReport.VIETNAMESE);
    Document en = page2026(Locale.ENGLISH);

    Element band = one(vi, "//section[@data-cadre='C01']//div[@class='verdict']/div[@class='next-band']");
    assertThat(band.getAttribute("data-rating")).isEqualTo("GOOD");
    assertThat(band.getTextContent().strip()).isEqualTo("Còn 3,59 điểm nữa đạt mức Tốt");
    assertThat(text(en, "//section[@data-cadre='C01']//div[@class='next-band']")).isEqualTo("3.59 points to Good");
    // none at the top, none for a cadre not rated
    assertThat(all(vi, "//section[@data-cadre='C02' or @data-cadre='C03']//div[@class='next-band']")).isEmpty();
  }

  @Test
  void reviews_inEnglish_andEscaped() throws Exception {
    String html = HtmlReport.render(report2026(), input2026(), terms2026(), Locale.ENGLISH);
    Document doc = parse(html);

    assertThat(html).doesNotContain("<b>Sở").contains("&lt;b&gt;Sở&lt;/b&gt;");
    Element c01 = one(doc, "//section[@data-cadre='C01']");
    assertThat(text(c01, ".//h4[1]")).isEqualTo("Results of each review");
    assertThat(text(c01, ".//g[@data-review='Q3']/text[@class='gap']")).isEqualTo("not counted");
    assertThat(cells(one(c01, ".//table[@class='reviews']//tr[@data-review='Q2']")))
        .containsExactly("Q2", "1.00", "100.00", "75.00", "100.00", "92.50");
    assertThat(text(c01, ".//table[@class='measures']/tbody[@data-review='Q4']/tr[@class='group-head']"))
        .isEqualTo("Q4 (2026-10-01 – 2026-12-31) · results 55.00");
    assertThat(one(c01, ".//tr[@data-product='P02']/td[8]/div[1]").getTextContent().strip())
        .isEqualTo("Delay excused, approved by " + HOSTILE_AUTHORITY + " (mưa lũ)");
    assertThat(text(c01, ".//table[@class='measures']//tr[@data-product='P03']/td[7]")).isEqualTo("delays: 2");
    assertThat(all(doc, "//script | //link | //img")).isEmpty();
  }

  @Test
  void report2025_hasNoReviewChartNoMeasureTableAndNoNextBand() throws Exception {
    String html = HtmlReport.render(report(), input(), terms());
    Document doc = parse(html);

    assertThat(all(doc, "//svg")).hasSize(1);
    assertThat(all(doc, "//svg[@class='review-chart'] | //table[@class='reviews'] | //table[@class='measures']"
        + " | //div[@class='next-band']")).isEmpty();
    // nor their style: the page of a version without reviews is the page it always was
    assertThat(one(doc, "/html/head/style").getTextContent()).doesNotContain("review").doesNotContain("next-band");
    assertThat(HtmlReport.render(report2026(), input2026(), terms2026())).contains("svg.review-chart");
  }

  // ------------------------------------------------------------------ robustness and writing

  @Test
  void missingInputData_isShownByIdAlone() throws Exception {
    EvaluationInput input = input();
    EvaluationInput sparse = new EvaluationInput(input.period(), List.of(), input.positions(),
        input.cadres().subList(1, input.cadres().size()), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());

    Document doc = parse(HtmlReport.render(report(), sparse, terms()));

    Element c01 = one(doc, "//section[@data-cadre='C01']");
    assertThat(text(c01, ".//span[@class='name']")).isEqualTo("—");
    assertThat(text(c01, ".//span[@class='group-tag']")).isEqualTo("(không rõ chức danh)");
    assertThat(text(c01, ".//div[@data-work='T01']//span[@class='wtitle']")).isEqualTo("—");
    assertThat(text(c01, ".//tr[@data-product='P01']/td[1]")).isEqualTo("—");
    assertChartAddsUp(report(), input);
  }

  @Test
  void write_writesTheRenderedPageInUtf8() throws IOException {
    Path file = tmp.resolve("report.html");

    HtmlReport.write(report(), input(), terms(), Locale.ENGLISH, file);
    HtmlReport.write(report(), input(), terms(), tmp.resolve("report-vi.html"));

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(HtmlReport.render(report(), input(), terms(), Locale.ENGLISH));
    assertThat(Files.readString(tmp.resolve("report-vi.html"), StandardCharsets.UTF_8))
        .isEqualTo(HtmlReport.render(report(), input(), terms()));
  }

  @Test
  void write_toAMissingFolder_throwsTheLibrarysException() {
    Path file = tmp.resolve("nowhere").resolve("report.html");

    assertThatThrownBy(() -> HtmlReport.write(report(), input(), terms(), file))
        .isInstanceOf(InterchangeIOException.class)
        .hasMessageContaining(file.toString());
  }
}
