package de.fahrplan.oparl.web;

import de.fahrplan.council.AgendaItemView;
import de.fahrplan.council.ConsultationView;
import de.fahrplan.council.MeetingView;
import de.fahrplan.council.PaperFileView;
import de.fahrplan.council.PublicCouncil.PublicMeeting;
import de.fahrplan.council.PublicCouncil.PublicPaper;
import de.fahrplan.organisation.BodyView;
import de.fahrplan.organisation.LegislativeTermView;
import de.fahrplan.organisation.LocationView;
import de.fahrplan.organisation.OrganizationClassification;
import de.fahrplan.organisation.PublicOrganisation.Committee;
import de.fahrplan.organisation.PublicOrganisation.Member;
import de.fahrplan.organisation.PublicOrganisation.Seat;
import de.fahrplan.organisation.PublicOrganisation.Unit;
import de.fahrplan.shared.Published;
import de.fahrplan.shared.web.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * Fahrplan's public objects in OParl 1.1's shape. Every object has its own URL under the body's
 * base; an embedded object is the same map as the object served alone, without the link back to its
 * parent.
 */
final class OParlObjects {

  static final String SCHEMA = "https://schema.oparl.org/1.1/";

  private final String base;
  private final String bodyUrl;
  private final MessageSource messages;

  /**
   * {@code base}: the server's root ({@code …/oparl/v1}); {@code slug}: the body's; labels (roles,
   * results, classifications) in German, as the UI shows them.
   */
  OParlObjects(String base, String slug, MessageSource messages) {
    this.base = base;
    this.bodyUrl = slug == null ? null : base + "/bodies/" + slug;
    this.messages = messages;
  }

  private String label(String prefix, Enum<?> value) {
    return value == null
        ? null
        : messages.getMessage(prefix + "." + value.name(), null, Locale.GERMAN);
  }

  /** OParl's organizationType: councils and committees are "Gremium". */
  private static String organizationType(OrganizationClassification c) {
    return switch (c) {
      case RAT, HAUPTAUSSCHUSS, KREISAUSSCHUSS, FACHAUSSCHUSS -> "Gremium";
      case VERWALTUNGSVORSTAND, ARBEITSGRUPPE, SONSTIGES -> "Sonstiges";
    };
  }

  /** The fields that hold lists of embedded objects (where they hold lists, not URLs). */
  private static final Set<String> INTERNAL_LISTS =
      Set.of("membership", "agendaItem", "auxiliaryFile", "consultation");

  /**
   * The object without its lists of embedded objects ({@code omit_internal}): a body's terms, a
   * person's memberships, a meeting's agenda items, a paper's Anlagen and consultations. Single
   * embedded objects (a meeting's place, a paper's main file) stay: no other field says which place
   * or which file it is.
   */
  static Map<String, Object> withoutInternalLists(Map<String, Object> object) {
    Map<String, Object> without = new LinkedHashMap<>(object);
    without
        .entrySet()
        .removeIf(e -> INTERNAL_LISTS.contains(e.getKey()) && e.getValue() instanceof List);
    return without;
  }

  String system() {
    return base + "/system";
  }

  String bodies() {
    return base + "/bodies";
  }

  String url(String kind, long id) {
    return bodyUrl + "/" + kind + "/" + id;
  }

  String list(String kind) {
    return bodyUrl + "/" + kind;
  }

  Map<String, Object> systemObject() {
    return object("System", system())
        .with("oparlVersion", SCHEMA)
        .with("otherOparlVersions", List.of())
        .with("body", bodies())
        .with("name", "Fahrplan")
        .map();
  }

  /** The body of these objects ({@code slug}), with its Wahlperioden embedded. */
  Map<String, Object> body(BodyView b, List<LegislativeTermView> terms) {
    return object("Body", bodyUrl)
        .with("system", system())
        .with("shortName", b.shortName())
        .with("name", b.name())
        .with("website", b.website())
        .with("license", b.license())
        .with("ags", b.ags())
        .with("rgs", b.rgs())
        .with("organization", list("organizations"))
        .with("person", list("persons"))
        .with("meeting", list("meetings"))
        .with("paper", list("papers"))
        .with("agendaItem", list("agenda-items"))
        .with("consultation", list("consultations"))
        .with("file", list("files"))
        .with("membership", list("memberships"))
        .with("legislativeTerm", terms.stream().map(this::term).toList())
        .with("legislativeTermList", list("legislative-terms"))
        .with("locationList", list("locations"))
        .with("classification", label("bodyType", b.bodyType()))
        .with("created", time(b.created()))
        .with("modified", time(b.modified()))
        .map();
  }

  /**
   * An org unit of a municipality that publishes its organisation chart: an Organization of type
   * "Verwaltungsbereich", under its parent unit.
   */
  Map<String, Object> unit(Unit u) {
    return object("Organization", url("org-units", u.id()))
        .with("body", bodyUrl)
        .with("name", u.name())
        .with("shortName", u.code())
        .with("organizationType", "Verwaltungsbereich")
        .with("subOrganizationOf", u.parentId() == null ? null : url("org-units", u.parentId()))
        .with("startDate", date(u.validFrom()))
        .with("endDate", date(u.validUntil()))
        .with("created", time(u.created()))
        .with("modified", time(u.modified()))
        .map();
  }

  /** A place where committees meet, served alone and embedded in its meetings. */
  Map<String, Object> location(LocationView l) {
    return object("Location", url("locations", l.id()))
        .with("description", l.description())
        .with("streetAddress", l.streetAddress())
        .with("room", l.room())
        .with("postalCode", l.postalCode())
        .with("locality", l.locality())
        .with("created", time(l.created()))
        .with("modified", time(l.modified()))
        .map();
  }

  Map<String, Object> term(LegislativeTermView t) {
    return object("LegislativeTerm", url("legislative-terms", t.id()))
        .with("body", bodyUrl)
        .with("name", t.name())
        .with("startDate", date(t.startDate()))
        .with("endDate", date(t.endDate()))
        .with("created", time(t.created()))
        .with("modified", time(t.modified()))
        .map();
  }

  Map<String, Object> committee(Published<Committee> published) {
    if (published.deleted()) {
      return deleted("Organization", url("organizations", published.id()), published.modified());
    }
    Committee c = published.object();
    return object("Organization", url("organizations", c.id()))
        .with("body", bodyUrl)
        .with("name", c.name())
        .with("shortName", c.shortName())
        .with("membership", c.seatIds().stream().map(id -> url("memberships", id)).toList())
        .with("organizationType", organizationType(c.classification()))
        .with("classification", label("classification", c.classification()))
        .with("startDate", date(c.startDate()))
        .with("endDate", date(c.endDate()))
        .with("created", time(c.created()))
        .with("modified", time(c.modified()))
        .map();
  }

  Map<String, Object> member(Member m) {
    return object("Person", url("persons", m.id()))
        .with("body", bodyUrl)
        .with("name", m.name())
        .with("familyName", m.familyName())
        .with("givenName", m.givenName())
        .with("title", m.title() == null ? null : List.of(m.title()))
        .with("membership", m.seats().stream().map(s -> seat(s, false)).toList())
        .with("created", time(m.created()))
        .with("modified", time(m.modified()))
        .map();
  }

  /** {@code alone}: served at its own URL, with the link to its person. */
  Map<String, Object> seat(Seat s, boolean alone) {
    return object("Membership", url("memberships", s.id()))
        .with("person", alone ? url("persons", s.personId()) : null)
        .with("organization", url("organizations", s.organizationId()))
        .with("role", label("membershipRole", s.role()))
        .with("votingRight", s.votingRight())
        .with("startDate", date(s.startDate()))
        .with("endDate", date(s.endDate()))
        .with("created", time(s.created()))
        .with("modified", time(s.modified()))
        .map();
  }

  Map<String, Object> meeting(Published<PublicMeeting> published) {
    if (published.deleted()) {
      return deleted("Meeting", url("meetings", published.id()), published.modified());
    }
    MeetingView m = published.object().meeting();
    LocationView place = published.object().location();
    return object("Meeting", url("meetings", m.id()))
        .with("name", m.title())
        .with("cancelled", m.cancelled() ? Boolean.TRUE : null)
        .with("start", dateTime(m.meetingDate(), m.startTime()))
        .with("end", m.endTime() == null ? null : dateTime(m.meetingDate(), m.endTime()))
        .with("location", place == null ? null : location(place))
        .with("organization", List.of(url("organizations", m.organizationId())))
        .with(
            "agendaItem",
            published.object().agendaItems().stream().map(i -> agendaItem(i, false)).toList())
        .with("created", time(m.created()))
        .with("modified", time(m.modified()))
        .map();
  }

  /** {@code alone}: served at its own URL, with the link to its meeting. */
  Map<String, Object> agendaItem(AgendaItemView i, boolean alone) {
    return object("AgendaItem", url("agenda-items", i.id()))
        .with("meeting", alone ? url("meetings", i.meetingId()) : null)
        .with("number", i.number())
        .with("order", i.position())
        .with("name", i.title())
        .with("public", Boolean.TRUE)
        .with(
            "consultation",
            i.consultationId() == null ? null : url("consultations", i.consultationId()))
        .with("result", label("consultationResult", i.result()))
        .with("created", time(i.created()))
        .with("modified", time(i.modified()))
        .map();
  }

  Map<String, Object> paper(Published<PublicPaper> published) {
    if (published.deleted()) {
      return deleted("Paper", url("papers", published.id()), published.modified());
    }
    PublicPaper p = published.object();
    return object("Paper", url("papers", p.id()))
        .with("body", bodyUrl)
        .with("name", p.subject())
        .with("reference", p.reference())
        .with("date", date(p.date()))
        .with("paperType", p.paperType())
        .with("mainFile", p.mainFile() == null ? null : file(p.mainFile(), false))
        .with(
            "auxiliaryFile", published.object().files().stream().map(f -> file(f, false)).toList())
        .with("consultation", p.consultations().stream().map(c -> consultation(c, false)).toList())
        .with("created", time(p.created()))
        .with("modified", time(p.modified()))
        .map();
  }

  /** {@code alone}: served at its own URL, with the link to its paper. */
  Map<String, Object> consultation(ConsultationView c, boolean alone) {
    return object("Consultation", url("consultations", c.id()))
        .with("paper", alone ? url("papers", c.paperId()) : null)
        .with("organization", List.of(url("organizations", c.organizationId())))
        .with("authoritative", c.deciding())
        .with("role", label("consultationRole", c.role()))
        .with("created", time(c.created()))
        .with("modified", time(c.modified()))
        .map();
  }

  /** {@code alone}: served at its own URL, with the link to its paper. */
  Map<String, Object> file(Published<PaperFileView> published) {
    if (published.deleted()) {
      // the schema asks a File for its accessUrl even as a stub: it answers 410
      Map<String, Object> stub =
          deleted("File", url("files", published.id()), published.modified());
      stub.put("accessUrl", url("files", published.id()) + "/access");
      return stub;
    }
    return file(published.object(), true);
  }

  Map<String, Object> file(PaperFileView f, boolean alone) {
    return object("File", url("files", f.id()))
        .with("name", f.title())
        .with("fileName", f.fileName())
        .with("mimeType", f.mimeType())
        .with("date", date(f.created().atZone(Formats.BERLIN).toLocalDate()))
        .with("size", f.size())
        .with("sha512Checksum", f.sha512())
        .with("accessUrl", url("files", f.id()) + "/access")
        .with("downloadUrl", url("files", f.id()) + "/download")
        .with("paper", alone ? List.of(url("papers", f.paperId())) : null)
        .with("created", time(f.created()))
        .with("modified", time(f.modified()))
        .map();
  }

  /**
   * The stub of an object gone from a list ({@link OParlTombstones}): {@code key} is its paging key
   * (an org unit's lies above {@link OParlLists#UNIT_KEYS}).
   */
  Map<String, Object> gone(String kind, String type, long key, Instant since) {
    String id =
        kind.equals("organizations") && key >= OParlLists.UNIT_KEYS
            ? url("org-units", key - OParlLists.UNIT_KEYS)
            : url(kind, key);
    Map<String, Object> stub = deleted(type, id, since);
    if (kind.equals("files")) {
      // the schema asks a File for its accessUrl even as a stub
      stub.put("accessUrl", id + "/access");
    }
    return stub;
  }

  private static Map<String, Object> deleted(String type, String id, Instant modified) {
    return object(type, id).with("deleted", true).with("modified", time(modified)).map();
  }

  static String time(Instant t) {
    return t == null
        ? null
        : t.atZone(Formats.BERLIN)
            .toOffsetDateTime()
            .withNano(0)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String dateTime(LocalDate day, LocalTime time) {
    return day.atTime(time == null ? LocalTime.MIDNIGHT : time)
        .atZone(Formats.BERLIN)
        .toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static Fields object(String type, String id) {
    return new Fields().with("id", id).with("type", SCHEMA + type);
  }

  /** An ordered JSON object that leaves out what is unknown (OParl: omit, never null). */
  static final class Fields {
    private final Map<String, Object> map = new LinkedHashMap<>();

    Fields with(String key, Object value) {
      if (value != null) {
        map.put(key, value);
      }
      return this;
    }

    Map<String, Object> map() {
      return map;
    }
  }
}
