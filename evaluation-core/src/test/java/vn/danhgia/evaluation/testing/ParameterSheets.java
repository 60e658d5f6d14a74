package vn.danhgia.evaluation.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Parameters spreadsheets ({@code parameters.xlsx}) written in tests with Apache POI, as policy staff
 * would write them in Excel: a sheet {@code Parameters} with the columns name, value and description,
 * numbers in number cells, true/false as TRUE/FALSE cells, everything else as text.
 */
public final class ParameterSheets {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private ParameterSheets() {}

  /**
   * The spreadsheet holding the parameters of a {@code parameters.properties} file. A comment right
   * above a parameter becomes its description; a heading comment ({@code # --- 2. Score ---}) and a
   * comment block followed by a blank line become rows with only a description, which the reader
   * skips.
   *
   * @param properties the properties file's text
   * @return the workbook's bytes
   */
  public static byte[] fromProperties(String properties) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Parameters");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = row(sheet, 0, "name", "value", "description");
      header.forEach(c -> c.setCellStyle(bold));
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      int r = 1;
      List<String> comments = new ArrayList<>();
      for (String line : properties.split("\r?\n", -1)) {
        String l = line.strip();
        if (l.startsWith("#")) {
          String comment = l.substring(1).strip();
          if (comment.startsWith("---")) {
            r = notes(sheet, r, comments);
            row(sheet, ++r, null, null, comment.replaceAll("^-+\\s*|\\s*-+$", "")).getCell(2).setCellStyle(bold);
            r++;
          } else {
            comments.add(comment);
          }
        } else if (l.isEmpty()) {
          r = notes(sheet, r, comments);
        } else {
          int eq = l.indexOf('=');
          String name = l.substring(0, eq).strip();
          String value = l.substring(eq + 1).strip();
          Object cell = cellValue(value);
          Row row = row(sheet, r++, name, cell, comments.isEmpty() ? null : String.join(" ", comments));
          if (cell instanceof String) {
            row.getCell(1).setCellStyle(text); // typing 2/3 again keeps it text, not a date
          }
          comments.clear();
        }
      }
      sheet.setColumnWidth(0, 34 * 256);
      sheet.setColumnWidth(1, 12 * 256);
      sheet.setColumnWidth(2, 100 * 256);
      sheet.createFreezePane(0, 1);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes pending comments as rows with only a description; returns the next free row. */
  private static int notes(Sheet sheet, int r, List<String> comments) {
    for (String c : comments) {
      row(sheet, r++, null, null, c);
    }
    comments.clear();
    return r;
  }

  /** @see #fromProperties(String) */
  public static byte[] fromProperties(byte[] properties) {
    return fromProperties(new String(properties, StandardCharsets.UTF_8));
  }

  /** A value as Excel would hold it once typed: a number, a boolean or text. */
  public static Object cellValue(String value) {
    if (NUMBER.matcher(value).matches()) {
      return Double.parseDouble(value);
    }
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    return value;
  }

  /**
   * Writes a row: a {@link Number} as a number cell, a {@link Boolean} as TRUE/FALSE, a {@link
   * String} as text, {@code null} as no cell.
   */
  public static Row row(Sheet sheet, int index, Object... cells) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < cells.length; c++) {
      Object v = cells[c];
      if (v == null) {
        continue;
      }
      Cell cell = row.createCell(c);
      if (v instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (v instanceof Boolean b) {
        cell.setCellValue(b);
      } else {
        cell.setCellValue(v.toString());
      }
    }
    return row;
  }

  /** @return the workbook as {@code .xlsx} bytes */
  public static byte[] bytes(Workbook workbook) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
