package de.fahrplan.oparl.internal;

import de.fahrplan.shared.web.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One object of a foreign OParl server, read tolerantly: {@code "N/A"}, empty strings and blanks
 * count as missing, whitespace (newlines, no-break spaces) is collapsed, a single object or URL
 * stands for a list of one, and dates come in every shape seen in the wild. Nothing here throws on
 * bad data; what cannot be read is missing.
 */
public final class OParlObject {

  private final JsonNode node;

  OParlObject(JsonNode node) {
    this.node = node;
  }

  /** The object's id, or null (an object without one cannot be kept). */
  public String id() {
    return text("id");
  }

  public boolean deleted() {
    return bool("deleted");
  }

  /** A value as cleaned text; numbers and booleans as written, objects and lists as missing. */
  public String text(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) {
      return null;
    }
    return clean(v.asString());
  }

  /** Whitespace collapsed to single blanks; empty, "N/A" and "-" are no value. */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(raw.length());
    boolean blank = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean space =
          Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
      if (space) {
        blank = b.length() > 0;
      } else {
        if (blank) {
          b.append(' ');
          blank = false;
        }
        b.append(c);
      }
    }
    String s = b.toString();
    return s.isEmpty() || s.equalsIgnoreCase("N/A") || s.equals("-") ? null : s;
  }

  /** At most {@code max} characters, cut with an ellipsis. */
  public static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  public boolean bool(String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return false;
    }
    return v.isBoolean() ? v.booleanValue() : "true".equalsIgnoreCase(text(field));
  }

  /** Embedded objects of a field: a list, or a single object where a list belongs. */
  public List<OParlObject> objects(String field) {
    List<OParlObject> found = new ArrayList<>();
    for (JsonNode v : items(node.get(field))) {
      if (v.isObject()) {
        found.add(new OParlObject(v));
      }
    }
    return found;
  }

  /**
   * References of a field: URLs given as strings or as objects with an id; a list, or a single one
   * where a list belongs. Empty strings are dropped.
   */
  public List<String> urls(String field) {
    List<String> found = new ArrayList<>();
    for (JsonNode v : items(node.get(field))) {
      String url =
          v.isObject() ? new OParlObject(v).id() : v.isString() ? clean(v.asString()) : null;
      if (url != null) {
        found.add(url);
      }
    }
    return found;
  }

  /** Texts of a field that holds a list of strings (or one string), cleaned, empty ones dropped. */
  public List<String> texts(String field) {
    List<String> found = new ArrayList<>();
    for (JsonNode v : items(node.get(field))) {
      String t = v.isValueNode() && !v.isNull() ? clean(v.asString()) : null;
      if (t != null) {
        found.add(t);
      }
    }
    return found;
  }

  /** Embedded objects given only by URL in this field (OParl allows both). */
  public List<String> referencedOnly(String field) {
    List<String> found = new ArrayList<>();
    for (JsonNode v : items(node.get(field))) {
      if (v.isString() && clean(v.asString()) != null) {
        found.add(clean(v.asString()));
      }
    }
    return found;
  }

  /** The first reference of a field, or null. */
  public String url(String field) {
    List<String> all = urls(field);
    return all.isEmpty() ? null : all.get(0);
  }

  public OParlObject object(String field) {
    List<OParlObject> all = objects(field);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<JsonNode> items(JsonNode v) {
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (v.isArray()) {
      List<JsonNode> all = new ArrayList<>();
      v.forEach(all::add);
      return all;
    }
    return List.of(v);
  }

  /** A date: "2024-03-01", or the date of a date-time (in Berlin). */
  public LocalDate date(String field) {
    String s = text(field);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException notADate) {
      ZonedDateTime t = dateTime(field);
      return t == null ? null : t.toLocalDate();
    }
  }

  /** A date-time in Berlin: with offset, without (then Berlin's), or a bare date (midnight). */
  public ZonedDateTime dateTime(String field) {
    String s = text(field);
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).atZoneSameInstant(Formats.BERLIN);
    } catch (DateTimeParseException e1) {
      try {
        return LocalDateTime.parse(s).atZone(Formats.BERLIN);
      } catch (DateTimeParseException e2) {
        try {
          return LocalDate.parse(s).atStartOfDay(Formats.BERLIN);
        } catch (DateTimeParseException e3) {
          return null;
        }
      }
    }
  }

  public Instant instant(String field) {
    ZonedDateTime t = dateTime(field);
    return t == null ? null : t.toInstant();
  }
}
