package vn.danhgia.evaluation.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON path strings of the form {@code $.products[3].target}, and their document order. */
final class JsonPaths {
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern SEGMENT =
      Pattern.compile("\\.([A-Za-z_$][A-Za-z0-9_$]*)|\\[(\\d+)]|\\['((?:[^'\\\\]|\\\\.)*)']");

  static final String ROOT = "$";

  /** Orders paths as a reader meets them: by segment, array indexes numerically. */
  static final Comparator<String> DOCUMENT_ORDER = JsonPaths::compare;

  private JsonPaths() {}

  static String field(String parent, String name) {
    if (SIMPLE_NAME.matcher(name).matches()) {
      return parent + "." + name;
    }
    return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  private static int compare(String a, String b) {
    List<Object> sa = segments(a);
    List<Object> sb = segments(b);
    for (int i = 0; i < Math.min(sa.size(), sb.size()); i++) {
      Object x = sa.get(i);
      Object y = sb.get(i);
      int c;
      if (x instanceof Integer xi && y instanceof Integer yi) {
        c = Integer.compare(xi, yi);
      } else {
        c = x.toString().compareTo(y.toString());
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(sa.size(), sb.size());
  }

  private static List<Object> segments(String path) {
    List<Object> out = new ArrayList<>();
    Matcher m = SEGMENT.matcher(path);
    int from = path.startsWith(ROOT) ? 1 : 0;
    while (m.find(from) && m.start() == from) {
      if (m.group(1) != null) {
        out.add(m.group(1));
      } else if (m.group(2) != null) {
        out.add(Integer.valueOf(m.group(2)));
      } else {
        out.add(m.group(3));
      }
      from = m.end();
    }
    return out;
  }
}
