package vn.citizenhub.core.figures;

import java.util.List;
import java.util.Locale;

/**
 * Draws one measure of one scope over its months as a bar chart in SVG, on the server: no chart
 * library for the page to load, and a chart a screen reader can read (role="img", a title, a
 * description listing every month's value). A month with no value (a rate with nothing to
 * divide) has no bar and says "—".
 */
final class ChartSvg {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 260;
  private static final int LEFT = 44;
  private static final int RIGHT = 8;
  private static final int TOP = 24;
  private static final int BOTTOM = 40;

  private ChartSvg() {}

  static String draw(Definitions.Definition measure, String subjectVi, String subjectEn,
      List<MonthFigures> months) {
    boolean share = measure.isShare();
    double max = share ? 1.0 : 0;
    for (MonthFigures m : months) {
      Number v = m.measure(measure.key());
      if (v != null) {
        max = Math.max(max, v.doubleValue());
      }
    }
    if (max <= 0) {
      max = 1;
    }
    String title = measure.name() + " — " + subjectVi + " / " + measure.nameEn() + " — "
        + subjectEn;
    StringBuilder desc = new StringBuilder();
    for (MonthFigures m : months) {
      desc.append(m.month()).append(": ").append(label(m.measure(measure.key()), share))
          .append("; ");
    }
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(title))
        .append("\" font-family=\"system-ui, sans-serif\" font-size=\"11\">")
        .append("<title>").append(escape(title)).append("</title><desc>")
        .append(escape(desc.toString().strip())).append("</desc>");
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int plotWidth = WIDTH - LEFT - RIGHT;
    // Axis and three guide lines with their values.
    for (int i = 0; i <= 2; i++) {
      double value = max * i / 2;
      int y = TOP + plotHeight - (int) Math.round(plotHeight * (value / max));
      svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y1=\"").append(y).append("\" y2=\"").append(y)
          .append("\" stroke=\"#c8c8c8\" stroke-width=\"1\"/>")
          .append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(y + 4)
          .append("\" text-anchor=\"end\" fill=\"#333\">").append(escape(label(share ? value
              : (Number) Math.round(value), share))).append("</text>");
    }
    int slot = plotWidth / Math.max(1, months.size());
    int bar = Math.max(4, slot * 3 / 5);
    for (int i = 0; i < months.size(); i++) {
      MonthFigures m = months.get(i);
      Number v = m.measure(measure.key());
      int x = LEFT + i * slot + (slot - bar) / 2;
      int centre = LEFT + i * slot + slot / 2;
      if (v != null) {
        int h = (int) Math.round(plotHeight * (v.doubleValue() / max));
        int y = TOP + plotHeight - h;
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
            .append(bar).append("\" height=\"").append(h).append("\" fill=\"#0b5cad\"/>");
        svg.append("<text x=\"").append(centre).append("\" y=\"").append(y - 3)
            .append("\" text-anchor=\"middle\" fill=\"#111\">").append(escape(label(v, share)))
            .append("</text>");
      } else {
        svg.append("<text x=\"").append(centre).append("\" y=\"").append(TOP + plotHeight - 3)
            .append("\" text-anchor=\"middle\" fill=\"#555\">—</text>");
      }
      // Month label: MM/YY, as read in Vietnam.
      svg.append("<text x=\"").append(centre).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
          .append("\" text-anchor=\"middle\" fill=\"#333\">").append(m.month().substring(5))
          .append('/').append(m.month(), 2, 4).append("</text>");
    }
    svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
        .append("\" y1=\"").append(TOP + plotHeight).append("\" y2=\"").append(TOP + plotHeight)
        .append("\" stroke=\"#333\" stroke-width=\"1\"/></svg>");
    return svg.toString();
  }

  static String label(Number value, boolean share) {
    if (value == null) {
      return "—";
    }
    if (share) {
      return String.format(Locale.ROOT, "%.0f%%", value.doubleValue() * 100);
    }
    double d = value.doubleValue();
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
