package vn.citizenhub.channel.open311.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link Answer} as GeoReport v2 JSON or XML, in UTF-8, keeping every null (JSON
 * {@code null}, XML an empty element). A plain Jackson mapper of its own, so that the hub's
 * "leave nulls out" setting for its other APIs does not drop the specification's fields; the
 * JDK's StAX writer for XML, which escapes text and attribute-free elements are all we need.
 */
public final class Open311Writer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  private Open311Writer() {}

  /** The HTTP answer with {@code answer} in {@code format}. */
  public static MutableHttpResponse<String> response(HttpStatus status, Format format, Answer answer) {
    return HttpResponse.<String>status(status).contentType(format.contentType())
        .body(write(answer, format));
  }

  public static String write(Answer answer, Format format) {
    return format == Format.JSON ? json(answer) : xml(answer);
  }

  private static String json(Answer answer) {
    try {
      return JSON.writeValueAsString(plain(answer.body()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps and lists always serialise", e);
    }
  }

  /** Maps, lists and scalars Jackson writes as they are. */
  private static Object plain(Object value) {
    if (value instanceof Fields fields) {
      Map<String, Object> map = new LinkedHashMap<>();
      fields.values().forEach((k, v) -> map.put(k, plain(v)));
      return map;
    }
    if (value instanceof Items items) {
      List<Object> list = new ArrayList<>();
      items.values().forEach(v -> list.add(plain(v)));
      return list;
    }
    return value;
  }

  private static String xml(Answer answer) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XML.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      element(xml, answer.root(), answer.body());
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
    return out.toString();
  }

  private static void element(XMLStreamWriter xml, String name, Object value)
      throws XMLStreamException {
    if (value == null) {
      xml.writeEmptyElement(name);
      return;
    }
    xml.writeStartElement(name);
    if (value instanceof Fields fields) {
      for (Map.Entry<String, Object> field : fields.values().entrySet()) {
        element(xml, field.getKey(), field.getValue());
      }
    } else if (value instanceof Items items) {
      for (Object item : items.values()) {
        element(xml, items.element(), item);
      }
    } else {
      xml.writeCharacters(String.valueOf(value));
    }
    xml.writeEndElement();
  }
}
