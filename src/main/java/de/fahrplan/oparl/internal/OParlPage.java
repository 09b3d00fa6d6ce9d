package de.fahrplan.oparl.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One answer of a foreign OParl server, read tolerantly: a list page ({@code data}, {@code
 * links.next}), or – where a list belongs – a single object or a bare JSON array. Raw control
 * characters inside strings and malformed UTF-8 (seen in ALLRIS answers) are accepted; anything
 * that is still not JSON is an {@link OParlFormatException} naming the problem.
 */
public record OParlPage(List<OParlObject> objects, String next) {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  /** Thrown when an answer is not an OParl object or list at all. */
  public static class OParlFormatException extends RuntimeException {
    OParlFormatException(String message) {
      super(message);
    }
  }

  public static OParlPage parse(byte[] body) {
    JsonNode root = tree(body);
    List<OParlObject> objects = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(n -> add(objects, n));
      return new OParlPage(objects, null);
    }
    if (!root.isObject()) {
      throw new OParlFormatException("Antwort ist weder Objekt noch Liste");
    }
    if (!root.has("data")) {
      add(objects, root);
      return new OParlPage(objects, null);
    }
    JsonNode data = root.get("data");
    if (data.isArray()) {
      data.forEach(n -> add(objects, n));
    } else {
      add(objects, data);
    }
    JsonNode links = root.get("links");
    String next = links != null && links.isObject() ? new OParlObject(links).text("next") : null;
    return new OParlPage(objects, next);
  }

  /** One object (System, Body, a referenced object). */
  public static OParlObject object(byte[] body) {
    JsonNode root = tree(body);
    if (!root.isObject()) {
      throw new OParlFormatException("Antwort ist kein Objekt");
    }
    return new OParlObject(root);
  }

  private static JsonNode tree(byte[] body) {
    try {
      // decoding first replaces malformed UTF-8 instead of failing on it
      JsonNode root = JSON.readTree(new String(body, UTF_8));
      if (root == null || root.isMissingNode()) {
        throw new OParlFormatException("leere Antwort");
      }
      return root;
    } catch (JacksonException e) {
      throw new OParlFormatException("kein gültiges JSON: " + e.getOriginalMessage());
    }
  }

  private static void add(List<OParlObject> objects, JsonNode n) {
    if (n != null && n.isObject()) {
      objects.add(new OParlObject(n));
    }
  }
}
