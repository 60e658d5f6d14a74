package vn.danhgia.evaluation.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import vn.danhgia.evaluation.model.Rating;

/**
 * Reads a result's {@code nextBand}: {@code null} is {@link NextBand#NONE} (a version that reports
 * next bands, no band above), an absent field stays null (a version that does not).
 */
final class NextBandReader extends StdDeserializer<NextBand> {
  NextBandReader() {
    super(NextBand.class);
  }

  @Override
  public NextBand deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Parts parts = ctxt.readValue(p, Parts.class);
    return new NextBand(parts.rating(), parts.points());
  }

  @Override
  public NextBand getNullValue(DeserializationContext ctxt) {
    return NextBand.NONE;
  }

  @Override
  public Object getAbsentValue(DeserializationContext ctxt) {
    return null;
  }

  private record Parts(Rating rating, BigDecimal points) {}
}
