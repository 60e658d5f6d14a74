package vn.danhgia.evaluation.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.danhgia.evaluation.testing.ParameterSheets.bytes;
import static vn.danhgia.evaluation.testing.ParameterSheets.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.testing.ParameterSheets;

/** Parameters read from a spreadsheet ({@code parameters.xlsx}): values, layout and every refusal. */
class SpreadsheetParametersTest {
  private static final String FILE = "parameters.xlsx";
  private static final String SHEET = "parameters.xlsx[Parameters]";

  /** A workbook with one sheet "Parameters", filled by the test. */
  private static byte[] sheet(Consumer<Sheet> fill) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill.accept(wb.createSheet("Parameters"));
      return bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Parameters parse(byte[] xlsx) {
    return Parameters.parseSpreadsheet(FILE, xlsx);
  }

  private static InvalidRuleSetException refused(byte[] xlsx) {
    return catchThrowableOfType(InvalidRuleSetException.class, () -> parse(xlsx));
  }

  @Test
  void parseSpreadsheet_everyKindOfValue_equalsTheSamePropertiesFile() {
    String properties = """
        weight = 30
        credit.late = 0.75
        negative = -2.5
        big = 10000000
        tiny = 0.00001
        asText = 0.50
        share = 2/3
        cap = GOOD
        rounding = FLOOR
        on = true
        off = false
        """;
    byte[] xlsx = sheet(s -> {
      row(s, 0, "name", "value", "description");
      row(s, 1, "weight", 30, "a number cell");
      row(s, 2, "credit.late", 0.75);
      row(s, 3, "negative", -2.5);
      row(s, 4, "big", 1e7);
      row(s, 5, "tiny", 0.00001);
      row(s, 6, "asText", "0.50", "a decimal written as text keeps its digits");
      row(s, 7, "share", "2/3");
      row(s, 8, "cap", " GOOD ", "text is stripped");
      row(s, 9, "rounding", "FLOOR");
      row(s, 10, "on", true, "a TRUE cell");
      row(s, 11, "off", "false", "text false");
    });

    Parameters fromSheet = parse(xlsx);

    assertThat(fromSheet).isEqualTo(Parameters.parse("parameters.properties",
        properties.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromSheet.decimal("weight").scale()).as("30, not 30.0").isZero();
    assertThat(fromSheet.decimal("asText").toPlainString()).isEqualTo("0.50");
    assertThat(fromSheet.ratio("share")).isEqualTo(new Ratio(2, 3));
    assertThat(fromSheet.rating("cap")).isEqualTo(Rating.GOOD);
    assertThat(fromSheet.rounding("rounding")).isEqualTo(RoundingMode.FLOOR);
    assertThat(fromSheet.flag("on")).isTrue();
  }

  @Test
  void parseSpreadsheet_numberCells_areTheDecimalsExcelHolds() {
    byte[] xlsx = sheet(s -> {
      row(s, 0, "name", "value");
      row(s, 1, "a", 0.75);
      row(s, 2, "b", 0.1);
      row(s, 3, "c", 0.1 + 0.2);
      row(s, 4, "d", 12.5);
      row(s, 5, "e", 30.0);
      row(s, 6, "f", 1.0 / 3);
      row(s, 7, "g", 0.0);
      row(s, 8, "h", 123456789012345.0);
    });

    assertThat(parse(xlsx).asText()).containsEntry("a", "0.75").containsEntry("b", "0.1")
        .as("0.30000000000000004 is 0.3 to Excel's 15 digits").containsEntry("c", "0.3")
        .containsEntry("d", "12.5").containsEntry("e", "30").containsEntry("f", "0.333333333333333")
        .containsEntry("g", "0").containsEntry("h", "123456789012345");
  }

  @Test
  void parseSpreadsheet_formulaWithSavedResult_usesTheSavedResult() {
    byte[] xlsx = sheet(s -> {
      row(s, 0, "name", "value");
      Cell number = row(s, 1, "credit.late").createCell(1);
      number.setCellFormula("3/4");
      number.setCellValue(0.75);
      Cell text = row(s, 2, "cap").createCell(1);
      text.setCellFormula("\"GO\"&\"OD\"");
      text.setCellValue("GOOD");
    });

    Parameters p = parse(xlsx);

    assertThat(p.asText()).containsEntry("credit.late", "0.75");
    assertThat(p.rating("cap")).isEqualTo(Rating.GOOD);
  }

  @Test
  void parseSpreadsheet_headerInAnyCaseAfterBlankRows_extraColumnsNotesAndCommentsIgnored() {
    byte[] xlsx = sheet(s -> {
      row(s, 2, "Unit", "NAME", null, " Value ");
      row(s, 3, "points", "weight.general", "ignored", 30);
      row(s, 4, null, null, "only a note in an extra column");
      row(s, 6, "", "#weight.annual", null, 40);
      row(s, 7, null, "cap.orderFailed", null, "COMPLETED");
      s.createRow(8).createCell(1).setBlank();
    });

    assertThat(parse(xlsx).asText()).containsExactlyInAnyOrderEntriesOf(
        Map.of("weight.general", "30", "cap.orderFailed", "COMPLETED"));
  }

  @Test
  void parseSpreadsheet_sheetNamedParameters_isReadWhereverItIs() {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet notes = wb.createSheet("Ghi chú");
      row(notes, 0, "name", "value");
      row(notes, 1, "not.this", 1);
      Sheet p = wb.createSheet("PARAMETERS");
      row(p, 0, "name", "value");
      row(p, 1, "this", 2);
      xlsx = bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }

    assertThat(parse(xlsx).asText()).containsExactlyEntriesOf(Map.of("this", "2"));
  }

  @Test
  void parseSpreadsheet_noSheetNamedParameters_readsTheFirstAndNamesItInDiagnostics() {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet first = wb.createSheet("Tham số");
      row(first, 0, "name", "value");
      row(first, 1, "score.good", "bảy mươi");
      row(wb.createSheet("Khác"), 0, "name", "value");
      xlsx = bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }

    assertThat(refused(xlsx).diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo("parameters.xlsx[Tham số]");
      assertThat(d.line()).isEqualTo(2);
      assertThat(d.column()).isEqualTo(2);
      assertThat(d.message()).startsWith("sheet Tham số, row 2, column B: parameter \"score.good\": cannot read"
          + " \"bảy mươi\"");
    });
  }

  @Test
  void parseSpreadsheet_valueThatCannotBeRead_namesSheetRowAndColumn() {
    byte[] xlsx = sheet(s -> {
      row(s, 0, "description", "name", "value");
      for (int r = 1; r <= 5; r++) {
        row(s, r, "fine", "p" + r, r);
      }
      row(s, 6, "a comma", "credit.late", "0,75");
    });

    InvalidRuleSetException e = refused(xlsx);

    assertThat(e.diagnostics()).containsExactly(new Diagnostic(SHEET, 7, 3, "sheet Parameters, row 7, column C:"
        + " parameter \"credit.late\": cannot read \"0,75\" as a decimal (0.75), a ratio (2/3), a rating (GOOD),"
        + " a rounding mode (FLOOR, HALF_UP …) or true/false"));
    assertThat(e.getMessage()).contains("parameters.xlsx[Parameters]:7:3: sheet Parameters, row 7, column C:");
  }

  @Test
  void parseSpreadsheet_severalProblems_allReportedInRowOrder() {
    byte[] xlsx = sheet(s -> {
      row(s, 0, "name", "value");
      row(s, 1, "weight.general", 30);
      row(s, 2, null, 40, "a value whose name was forgotten");
      row(s, 3, "weight.general", 35);
      row(s, 4, "credit.late");
      row(s, 5, "điểm", 1);
      row(s, 6, 12, 1);
      row(s, 7, "ratio", "2/0");
      row(s, 8, "cap", "Good");
    });

    assertThat(refused(xlsx).diagnostics()).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::column,
        Diagnostic::message).containsExactly(
        tuple(3, 1, "sheet Parameters, row 3, column A: a value without a name: write the parameter's name in"
            + " this cell"),
        tuple(4, 1, "sheet Parameters, row 4, column A: \"weight.general\" is given twice (first in row 2)"),
        tuple(5, 2, "sheet Parameters, row 5, column B: parameter \"credit.late\": no value (the cell is empty)"),
        tuple(6, 1, "sheet Parameters, row 6, column A: not a name: \"điểm\""),
        tuple(7, 1, "sheet Parameters, row 7, column A: not a name: the number 12 (a parameter's name is text,"
            + " e.g. credit.late)"),
        tuple(8, 2, "sheet Parameters, row 8, column B: parameter \"ratio\": a ratio's denominator cannot be 0:"
            + " \"2/0\""),
        tuple(9, 2, "sheet Parameters, row 9, column B: parameter \"cap\": cannot read \"Good\" as a decimal"
            + " (0.75), a ratio (2/3), a rating (GOOD), a rounding mode (FLOOR, HALF_UP …) or true/false"));
  }

  private static Tuple tuple(int line, int column, String message) {
    return Tuple.tuple(SHEET, line, column, message);
  }

  @Test
  void parseSpreadsheet_cellsThatAreNoValues_refusedAtTheirCell() {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Parameters");
      row(s, 0, "name", "value");
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
      row(s, 1, "quota.percent", 0.2).getCell(1).setCellStyle(percent);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      Cell day = row(s, 2, "effective").createCell(1);
      Calendar c = Calendar.getInstance();
      c.clear();
      c.set(2025, Calendar.JANUARY, 1);
      day.setCellValue(c);
      day.setCellStyle(date);
      row(s, 3, "broken").createCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
      row(s, 4, "unsaved").createCell(1).setCellFormula("1+1");
      CellStyle fraction = wb.createCellStyle();
      fraction.setDataFormat(wb.createDataFormat().getFormat("# ?/?"));
      row(s, 5, "vote.dismissalFrom", 2.0 / 3).getCell(1).setCellStyle(fraction);
      xlsx = bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }

    assertThat(refused(xlsx).diagnostics()).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
        .containsExactly(
            Tuple.tuple(2, 2, "sheet Parameters, row 2, column B: parameter"
                + " \"quota.percent\": the cell is formatted as a percentage: it shows 20% but holds 0.2."
                + " Percentages among the parameters are plain numbers (20 for 20%): remove the % format"),
            Tuple.tuple(3, 2, "sheet Parameters, row 3, column B: parameter \"effective\":"
                + " the cell is a date or time (it holds 45658): a spreadsheet program turns 1/2 into a date, so"
                + " type a ratio as text ('1/2), and give a number the format of a number"),
            Tuple.tuple(4, 2, "sheet Parameters, row 4, column B: parameter \"broken\": the"
                + " cell shows the error #DIV/0!"),
            Tuple.tuple(5, 2, "sheet Parameters, row 5, column B: parameter \"unsaved\":"
                + " the formula =1+1 has no saved result (the file was written by a program that does not"
                + " calculate): open and save it in a spreadsheet program, or type the value"),
            Tuple.tuple(6, 2, "sheet Parameters, row 6, column B: parameter \"vote.dismissalFrom\": the cell is"
                + " formatted as a fraction, so it holds the decimal 0.666666666666667, not a ratio: type a ratio"
                + " as text ('2/3)"));
  }

  @Test
  void parseSpreadsheet_noHeaderRow_refusedAtTheFirstRow() {
    byte[] xlsx = sheet(s -> {
      row(s, 0, "weight.general", 30);
      row(s, 1, "weight.annual", 40);
    });

    assertThat(refused(xlsx).diagnostics()).containsExactly(new Diagnostic(SHEET, 1, 1, "sheet Parameters,"
        + " row 1, column A: the first row that is not blank must be the header, naming the columns name,"
        + " value and (optionally) description; it has no column name and no column value (it reads"
        + " \"weight.general\", the number 30)"));
  }

  @Test
  void parseSpreadsheet_headerWithoutValueColumn_refusedAtTheHeaderRow() {
    byte[] xlsx = sheet(s -> {
      row(s, 1, null, "Name", "Giá trị", "Description");
      row(s, 2, null, "weight.general", 30);
    });

    assertThat(refused(xlsx).diagnostics()).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
        .containsExactly(Tuple.tuple(2, 2, "sheet Parameters, row 2, column B: the first"
            + " row that is not blank must be the header, naming the columns name, value and (optionally)"
            + " description; it has no column value (it reads \"Name\", \"Giá trị\", \"Description\")"));
  }

  @Test
  void parseSpreadsheet_columnNamedTwice_refusedAsAmbiguous() {
    byte[] xlsx = sheet(s -> {
      row(s, 0, "name", "value", "description", "Value");
      row(s, 1, "weight.general", 30, "", 35);
    });

    assertThat(refused(xlsx).diagnostics()).containsExactly(new Diagnostic(SHEET, 1, 4, "sheet Parameters,"
        + " row 1, column D: the column \"value\" is there twice (also column B): which one holds the"
        + " parameters would be ambiguous"));
  }

  @Test
  void parseSpreadsheet_emptySheet_refused() {
    byte[] xlsx = sheet(s -> s.createRow(3));

    assertThat(refused(xlsx).diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(SHEET);
      assertThat(d.line()).isEqualTo(1);
      assertThat(d.column()).isEqualTo(1);
      assertThat(d.message()).startsWith("sheet Parameters, row 1, column A: the sheet is empty");
    });
  }

  @Test
  void parseSpreadsheet_notAWorkbook_refusedAsAWhole() {
    byte[] good = ParameterSheets.fromProperties("weight.general = 30\n");
    byte[] halfAWorkbook = Arrays.copyOf(good, good.length / 2);
    byte[] oldExcel;
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      row(wb.createSheet("Parameters"), 0, "name", "value");
      oldExcel = bytes(wb);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }

    assertThat(refused("weight.general = 30\n".getBytes(StandardCharsets.UTF_8)).diagnostics())
        .containsExactly(new Diagnostic(FILE, 0, 0, "not an Excel workbook (.xlsx): save it from the spreadsheet"
            + " program as \"Excel Workbook (.xlsx)\""));
    assertThat(refused(new byte[0]).diagnostics()).containsExactly(new Diagnostic(FILE, 0, 0,
        "the file is empty"));
    assertThat(refused(oldExcel).diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(FILE);
      assertThat(d.message()).startsWith("this is an Excel 97-2003 workbook (.xls)");
    });
    assertThat(refused(halfAWorkbook).diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(FILE);
      assertThat(d.line()).isZero();
      assertThat(d.message()).startsWith("cannot read the workbook, it is damaged or not an Excel workbook"
          + " (.xlsx): ");
    });
    assertThat(refused(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")).diagnostics())
        .singleElement().satisfies(d -> assertThat(d.message()).startsWith("cannot read the workbook"));
  }

  private static byte[] zip(String entry, String content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
