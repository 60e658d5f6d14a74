package vn.danhgia.evaluation.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads a rule set's parameters from a spreadsheet, {@code parameters.xlsx} (see {@link
 * Parameters#parseSpreadsheet} and "Parameters in a spreadsheet" in {@code docs/rule-authoring.md}).
 *
 * <p>Apache POI is an optional dependency of evaluation-core. This class uses none of it itself: it
 * checks that POI is there and only then hands over to {@link Workbook}, a nested class that is
 * loaded on first use. A host without POI that meets a {@code parameters.xlsx} gets a diagnostic
 * saying what to add, not a {@link NoClassDefFoundError}.
 */
final class SpreadsheetParameters {
  /** The sheet read when there is one of this name (ignoring case); otherwise the first sheet. */
  static final String SHEET = "Parameters";

  private static final String POI_CLASS = "org.apache.poi.xssf.usermodel.XSSFWorkbook";

  private SpreadsheetParameters() {}

  static Parameters parse(String file, byte[] content) {
    if (!poiPresent()) {
      throw new InvalidRuleSetException(file, List.of(new Diagnostic(file, 0, 0, "reading parameters from a"
          + " spreadsheet needs Apache POI (org.apache.poi:poi-ooxml) on the classpath, and this application"
          + " does not have it: add it, or keep the parameters in " + Parameters.FILE)));
    }
    return Workbook.read(file, content);
  }

  static boolean poiPresent() {
    try {
      Class.forName(POI_CLASS, false, SpreadsheetParameters.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The reading proper, with POI. */
  private static final class Workbook {
    /** A parameter's name, as in {@code parameters.properties}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    /** Excel's fraction formats: {@code # ?/?}, {@code # ??/??}, {@code ?/8} … */
    private static final Pattern FRACTION_FORMAT = Pattern.compile("[#0?]\\s*/\\s*[#0?1-9]");
    /** Excel keeps 15 significant digits of a number: a number typed in a cell comes back exactly. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final String NAME_COLUMN = "name";
    private static final String VALUE_COLUMN = "value";
    private static final String DESCRIPTION_COLUMN = "description";

    private final String sheetName;
    private final String where;
    private final List<Diagnostic> problems = new ArrayList<>();

    private Workbook(String file, String sheetName) {
      this.sheetName = sheetName;
      this.where = file + "[" + sheetName + "]";
    }

    /** A cell whose content cannot be a parameter's value or name, and why. */
    private static final class Refused extends Exception {
      private static final long serialVersionUID = 1L;

      Refused(String message) {
        super(message, null, false, false);
      }
    }

    static Parameters read(String file, byte[] content) {
      String notAWorkbook = checkFormat(content);
      if (notAWorkbook == null) {
        notAWorkbook = checkSize(content);
      }
      if (notAWorkbook != null) {
        throw wholeFile(file, notAWorkbook);
      }
      Workbook reading;
      Map<String, Object> values;
      try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
        if (workbook.getNumberOfSheets() == 0) {
          throw wholeFile(file, "the workbook has no sheet");
        }
        Sheet sheet = workbook.getSheet(SHEET);
        if (sheet == null) {
          sheet = workbook.getSheetAt(0);
        }
        reading = new Workbook(file, sheet.getSheetName());
        if (sheet.getLastRowNum() > RuleSetLimits.PARAMETERS) {
          reading.problem(RuleSetLimits.PARAMETERS + 1, 0, "the sheet has " + (sheet.getLastRowNum() + 1)
              + " rows: a sheet has at most " + RuleSetLimits.PARAMETERS + " parameters, and it is not read");
          values = Map.of();
        } else {
          values = reading.read(sheet);
        }
      } catch (InvalidRuleSetException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw wholeFile(file, "cannot read the workbook, it is damaged or not an Excel workbook (.xlsx): "
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
      if (!reading.problems.isEmpty()) {
        reading.problems.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        throw new InvalidRuleSetException(reading.where, PropertiesFile.capped(reading.where, reading.problems));
      }
      return Parameters.of(values);
    }

    private static @Nullable String checkFormat(byte[] content) {
      if (content.length == 0) {
        return "the file is empty";
      }
      FileMagic magic;
      try {
        magic = FileMagic.valueOf(content);
      } catch (RuntimeException e) {
        magic = FileMagic.UNKNOWN;
      }
      if (magic == FileMagic.OLE2) {
        return "this is an Excel 97-2003 workbook (.xls), or a workbook protected by a password, not a plain"
            + " .xlsx: save it as \"Excel Workbook (.xlsx)\" without a password";
      }
      if (magic != FileMagic.OOXML) {
        return "not an Excel workbook (.xlsx): save it from the spreadsheet program as \"Excel Workbook"
            + " (.xlsx)\"";
      }
      return null;
    }

    /**
     * Inflates every entry of the workbook (a zip) once, counting, before Apache POI reads it: a
     * workbook whose entries inflate beyond {@link RuleSetLimits#SPREADSHEET_UNCOMPRESSED_BYTES}
     * together, or that has more than {@link RuleSetLimits#SPREADSHEET_ENTRIES} entries, is refused
     * unread (a zip bomb never reaches POI).
     */
    private static @Nullable String checkSize(byte[] content) {
      long total = 0;
      int entries = 0;
      byte[] buffer = new byte[8192];
      try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(content))) {
        while (zip.getNextEntry() != null) {
          if (++entries > RuleSetLimits.SPREADSHEET_ENTRIES) {
            return "the workbook (a zip) has more than " + RuleSetLimits.SPREADSHEET_ENTRIES + " entries: a"
                + " parameters workbook has at most " + RuleSetLimits.SPREADSHEET_ENTRIES;
          }
          int n;
          while ((n = zip.read(buffer)) > 0) {
            total += n;
            if (total > RuleSetLimits.SPREADSHEET_UNCOMPRESSED_BYTES) {
              return "the workbook inflates to more than " + RuleSetLimits.bytes(RuleSetLimits.SPREADSHEET_UNCOMPRESSED_BYTES)
                  + " (the limit for a parameters workbook): it is not read";
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        return "cannot read the workbook, it is damaged or not an Excel workbook (.xlsx): "
            + (e.getMessage() == null ? e.getClass().getSimpleName() : FileNames.shown(e.getMessage()));
      }
      return entries == 0 ? "cannot read the workbook, it is damaged or not an Excel workbook (.xlsx): no entry"
          : null;
    }

    private static InvalidRuleSetException wholeFile(String file, String message) {
      return new InvalidRuleSetException(file, List.of(new Diagnostic(file, 0, 0, message)));
    }

    private Map<String, Object> read(Sheet sheet) {
      Map<String, Object> values = new LinkedHashMap<>();
      int last = sheet.getLastRowNum();
      int header = -1;
      for (int r = 0; r <= last && header < 0; r++) {
        if (!blank(sheet.getRow(r))) {
          header = r;
        }
      }
      if (header < 0) {
        problem(0, 0, "the sheet is empty: it needs a header row with the columns " + NAME_COLUMN + ", "
            + VALUE_COLUMN + " and " + DESCRIPTION_COLUMN + ", then one parameter a row");
        return values;
      }
      int[] columns = header(sheet.getRow(header));
      if (columns == null) {
        return values;
      }
      int nameColumn = columns[0];
      int valueColumn = columns[1];
      Map<String, Integer> seen = new HashMap<>();
      for (int r = header + 1; r <= last; r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        Cell nameCell = row.getCell(nameColumn);
        Cell valueCell = row.getCell(valueColumn);
        Object rawName;
        Object rawValue;
        try {
          rawName = content(nameCell);
        } catch (Refused e) {
          problem(r, nameColumn, e.getMessage());
          continue;
        }
        try {
          rawValue = content(valueCell);
        } catch (Refused e) {
          rawValue = e;
        }
        if (rawName == null && rawValue == null) {
          continue; // a blank row, or one with only a description: a heading or a note
        }
        if (rawName instanceof String s && s.startsWith("#")) {
          continue; // a comment, as in parameters.properties
        }
        if (rawName == null) {
          problem(r, nameColumn, "a value without a name: write the parameter's name in this cell");
          continue;
        }
        if (!(rawName instanceof String name)) {
          problem(r, nameColumn, "not a name: " + describe(rawName) + " (a parameter's name is text, e.g."
              + " credit.late)");
          continue;
        }
        if (name.length() > RuleSetLimits.NAME_CHARS) {
          problem(r, nameColumn, "a name of " + name.length() + " characters: a name has at most "
              + RuleSetLimits.NAME_CHARS);
          continue;
        }
        if (!NAME.matcher(name).matches()) {
          problem(r, nameColumn, "not a name: " + FileNames.shown(name));
          continue;
        }
        Integer first = seen.putIfAbsent(name, r);
        if (first != null) {
          problem(r, nameColumn, "\"" + name + "\" is given twice (first in row " + (first + 1) + ")");
          continue;
        }
        try {
          values.put(name, value(rawValue));
        } catch (Refused | IllegalArgumentException e) {
          problem(r, valueColumn, "parameter \"" + name + "\": " + e.getMessage());
        }
      }
      return values;
    }

    /** @return the columns of name and value, or null (with a problem) when the row is no header */
    private int @Nullable [] header(Row row) {
      Map<String, Integer> found = new HashMap<>();
      List<String> headings = new ArrayList<>();
      boolean ok = true;
      for (Cell cell : row) {
        Object content;
        try {
          content = content(cell);
        } catch (Refused e) {
          content = e.getMessage();
        }
        if (content == null) {
          continue;
        }
        headings.add(describe(content));
        String key = content.toString().toLowerCase(Locale.ROOT);
        if (key.equals(NAME_COLUMN) || key.equals(VALUE_COLUMN)) {
          Integer before = found.putIfAbsent(key, cell.getColumnIndex());
          if (before != null) {
            problem(row.getRowNum(), cell.getColumnIndex(), "the column \"" + key + "\" is there twice (also"
                + " column " + letters(before) + "): which one holds the parameters would be ambiguous");
            ok = false;
          }
        }
      }
      List<String> missing = new ArrayList<>();
      for (String needed : List.of(NAME_COLUMN, VALUE_COLUMN)) {
        if (!found.containsKey(needed)) {
          missing.add(needed);
        }
      }
      if (!missing.isEmpty()) {
        int at = row.getFirstCellNum() < 0 ? 0 : row.getFirstCellNum();
        problem(row.getRowNum(), at, "the first row that is not blank must be the header, naming the"
            + " columns " + NAME_COLUMN + ", " + VALUE_COLUMN + " and (optionally) " + DESCRIPTION_COLUMN
            + "; it has no column " + String.join(" and no column ", missing) + " (it reads "
            + String.join(", ", headings) + ")");
        return null;
      }
      return ok ? new int[] {found.get(NAME_COLUMN), found.get(VALUE_COLUMN)} : null;
    }

    /**
     * @return null for a blank cell, the stripped text of a text cell, a {@link BigDecimal} for a
     *     number, a {@link Boolean} for TRUE or FALSE; a formula gives its saved result
     */
    private static @Nullable Object content(@Nullable Cell cell) throws Refused {
      if (cell == null) {
        return null;
      }
      CellType type = cell.getCellType();
      if (type == CellType.FORMULA) {
        if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
          throw new Refused("the formula =" + cell.getCellFormula() + " has no saved result (the file was"
              + " written by a program that does not calculate): open and save it in a spreadsheet program,"
              + " or type the value");
        }
        type = cell.getCachedFormulaResultType();
      }
      switch (type) {
        case STRING: {
          String text = cell.getStringCellValue().strip();
          return text.isEmpty() ? null : text;
        }
        case BOOLEAN:
          return cell.getBooleanCellValue();
        case NUMERIC: {
          BigDecimal number = decimal(cell.getNumericCellValue());
          if (DateUtil.isCellDateFormatted(cell)) {
            throw new Refused("the cell is a date or time (it holds " + number.toPlainString() + "): a"
                + " spreadsheet program turns 1/2 into a date, so type a ratio as text ('1/2), and give a number"
                + " the format of a number");
          }
          String format = cell.getCellStyle().getDataFormatString();
          if (FRACTION_FORMAT.matcher(format).find()) {
            throw new Refused("the cell is formatted as a fraction, so it holds the decimal "
                + number.toPlainString() + ", not a ratio: type a ratio as text ('2/3)");
          }
          if (format.contains("%")) {
            throw new Refused("the cell is formatted as a percentage: it shows "
                + plain(number.movePointRight(2)) + "% but holds " + number.toPlainString()
                + ". Percentages among the parameters are plain numbers (20 for 20%): remove the % format");
          }
          return number;
        }
        case ERROR:
          throw new Refused("the cell shows the error " + error(cell));
        default:
          return null;
      }
    }

    private static Object value(@Nullable Object raw) throws Refused {
      if (raw instanceof Refused r) {
        throw r;
      }
      if (raw == null) {
        throw new Refused("no value (the cell is empty)");
      }
      return raw instanceof String text ? Parameters.value(text)
          : raw instanceof BigDecimal number ? Parameters.bounded(number) : raw;
    }

    /**
     * A number as Excel holds it: to 15 significant digits (so {@code 0.75} is 0.75, never
     * 0.75000000000000001), without trailing zeros, never in exponent form ({@code 30} is 30).
     */
    static BigDecimal decimal(double number) {
      return plainScale(new BigDecimal(number).round(EXCEL_DIGITS).stripTrailingZeros());
    }

    private static BigDecimal plainScale(BigDecimal d) {
      return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static String plain(BigDecimal d) {
      return plainScale(d.stripTrailingZeros()).toPlainString();
    }

    private static String error(Cell cell) {
      try {
        return FormulaError.forInt(cell.getErrorCellValue()).getString();
      } catch (RuntimeException e) {
        return "#" + cell.getErrorCellValue();
      }
    }

    private static String describe(Object content) {
      if (content instanceof BigDecimal d) {
        return "the number " + d.toPlainString();
      }
      if (content instanceof Boolean b) {
        return b ? "TRUE" : "FALSE";
      }
      return FileNames.shown(content.toString());
    }

    private static boolean blank(@Nullable Row row) {
      if (row == null) {
        return true;
      }
      for (Cell cell : row) {
        try {
          if (content(cell) != null) {
            return false;
          }
        } catch (Refused e) {
          return false;
        }
      }
      return true;
    }

    private void problem(int row, int column, String message) {
      problems.add(new Diagnostic(where, row + 1, column + 1, "sheet " + sheetName + ", row " + (row + 1)
          + ", column " + letters(column) + ": " + message));
    }

    private static String letters(int column) {
      return CellReference.convertNumToColString(column);
    }
  }
}
