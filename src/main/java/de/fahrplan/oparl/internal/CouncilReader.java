package de.fahrplan.oparl.internal;

import static de.fahrplan.oparl.internal.OParlObject.cut;

import de.fahrplan.council.ImportedFile;
import de.fahrplan.council.ImportedMeeting;
import de.fahrplan.council.ImportedPaper;
import de.fahrplan.organisation.LocationInput;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a foreign meeting or paper into what {@code council.ImportedCouncil} keeps: cleaned, cut to
 * the columns' lengths, committees mapped to the municipality's own. What cannot be read is a
 * problem line of the run and the object is left out (null).
 */
final class CouncilReader {

  static final int MAX_FILES = 30;

  /** The own committee of a RIS organization URL (mapped, created or null). */
  @FunctionalInterface
  interface Committees {
    Long of(String url) throws InterruptedException;
  }

  private final RunState run;
  private final Committees committees;

  CouncilReader(RunState run, Committees committees) {
    this.run = run;
    this.committees = committees;
  }

  ImportedMeeting meeting(OParlObject o) throws InterruptedException {
    if (o.deleted()) {
      return new ImportedMeeting(
          o.id(), true, 0, null, null, null, null, null, false, null, List.of());
    }
    ZonedDateTime start = o.dateTime("start");
    if (start == null) {
      run.problem(o.id(), "Sitzung ohne Beginn übersprungen.");
      return null;
    }
    String committee = o.url("organization");
    Long own = committee == null ? null : committees.of(committee);
    if (own == null) {
      run.problem(o.id(), "Sitzung ohne erreichbares Gremium übersprungen.");
      return null;
    }
    ZonedDateTime end = o.dateTime("end");
    LocalTime from = start.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    LocalTime until =
        end == null || !end.toLocalDate().equals(start.toLocalDate()) || !end.isAfter(start)
            ? null
            : end.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    return new ImportedMeeting(
        o.id(),
        false,
        own,
        cut(o.text("name"), 300),
        start.toLocalDate(),
        from.equals(LocalTime.MIDNIGHT) && until == null ? null : from,
        until,
        place(o),
        o.bool("cancelled"),
        cut(o.text("web"), 1000),
        agenda(o));
  }

  /**
   * A meeting's agenda in OParl's {@code order} (else as listed): embedded items, and items named
   * only by URL asked for alone. An item without a name is a problem line; {@code public} missing
   * (OParl 1.0 servers) counts as public – the RIS serves it to anyone.
   */
  private List<ImportedMeeting.Item> agenda(OParlObject meeting) throws InterruptedException {
    List<OParlObject> items = new ArrayList<>(meeting.objects("agendaItem"));
    for (String url : meeting.referencedOnly("agendaItem")) {
      OParlObject item = run.fetchObject(url, "Tagesordnungspunkt");
      if (item != null) {
        items.add(item);
      }
    }
    items.sort(java.util.Comparator.comparingInt(i -> order(i, Integer.MAX_VALUE)));
    List<ImportedMeeting.Item> agenda = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      OParlObject item = items.get(i);
      if (item.deleted()) {
        continue;
      }
      String id = item.id() == null ? meeting.id() + "#top-" + (i + 1) : item.id();
      if (item.text("name") == null) {
        run.problem(id, "Tagesordnungspunkt ohne Namen übersprungen.");
        continue;
      }
      agenda.add(
          new ImportedMeeting.Item(
              cut(id, 1000),
              cut(item.text("number"), 20),
              cut(item.text("name"), 500),
              item.text("public") == null || item.bool("public"),
              cut(item.url("consultation"), 1000),
              cut(item.text("result"), 300)));
    }
    return agenda;
  }

  private static int order(OParlObject item, int absent) {
    try {
      return item.text("order") == null ? absent : Integer.parseInt(item.text("order").strip());
    } catch (NumberFormatException e) {
      return absent;
    }
  }

  /**
   * A meeting's place: described as the RIS describes it, else by its room and address; a location
   * given only by URL, or without any of these: none.
   */
  private static LocationInput place(OParlObject meeting) {
    OParlObject at = meeting.object("location");
    if (at == null) {
      return null;
    }
    LocationInput in = new LocationInput();
    in.streetAddress = cut(at.text("streetAddress"), 300);
    in.room = cut(at.text("room"), 200);
    String postalCode = at.text("postalCode");
    in.postalCode =
        postalCode != null && postalCode.strip().matches("\\d{5}") ? postalCode.strip() : null;
    in.locality = cut(at.text("locality"), 200);
    String town =
        java.util.stream.Stream.of(in.postalCode, in.locality)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.joining(" "));
    String address =
        java.util.stream.Stream.of(in.room, in.streetAddress, town)
            .filter(s -> s != null && !s.isEmpty())
            .collect(Collectors.joining(", "));
    String description = at.text("description") != null ? at.text("description") : address;
    in.description = cut(description, 300);
    return in.description == null || in.description.isBlank() ? null : in;
  }

  ImportedPaper paper(OParlObject o) throws InterruptedException {
    if (o.deleted()) {
      return new ImportedPaper(o.id(), true, null, null, null, null, null, List.of(), List.of());
    }
    String subject = o.text("name") == null ? o.text("reference") : o.text("name");
    if (subject == null) {
      run.problem(o.id(), "Vorlage ohne Betreff und Nummer übersprungen.");
      return null;
    }
    var date = o.date("date") == null ? o.date("created") : o.date("date");
    if (date == null) {
      run.problem(o.id(), "Vorlage ohne Datum übersprungen.");
      return null;
    }
    String reference = o.text("reference") == null ? "o. Nr. " + tail(o.id()) : o.text("reference");
    List<ImportedFile> files = new ArrayList<>();
    List<OParlObject> fileObjects = new ArrayList<>(o.objects("mainFile"));
    fileObjects.addAll(o.objects("auxiliaryFile"));
    for (OParlObject f : fileObjects) {
      if (files.size() == MAX_FILES) {
        run.problem(o.id(), "Mehr als " + MAX_FILES + " Dateien; die übrigen sind nicht verlinkt.");
        break;
      }
      if (!f.deleted() && f.text("accessUrl") != null) {
        files.add(file(f));
      }
    }
    List<OParlObject> steps = new ArrayList<>(o.objects("consultation"));
    for (String url : o.referencedOnly("consultation")) {
      OParlObject step = run.fetchObject(url, "Beratung");
      if (step != null) {
        steps.add(step);
      }
    }
    List<ImportedPaper.Consultation> consultations = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      OParlObject c = steps.get(i);
      if (c.deleted()) {
        continue;
      }
      String id = c.id() == null ? o.id() + "#beratung-" + (i + 1) : c.id();
      String committee = c.url("organization");
      Long own = committee == null ? null : committees.of(committee);
      if (own == null) {
        run.problem(id, "Beratung ohne erreichbares Gremium übersprungen.");
        continue;
      }
      consultations.add(
          new ImportedPaper.Consultation(
              cut(id, 1000), own, c.url("meeting"), c.bool("authoritative"), c.text("role")));
    }
    return new ImportedPaper(
        o.id(),
        false,
        cut(reference, 100),
        cut(o.text("paperType") == null ? "Vorlage" : o.text("paperType"), 100),
        date,
        cut(subject, 500),
        cut(o.text("web"), 1000),
        files,
        consultations);
  }

  private static ImportedFile file(OParlObject f) {
    Long size = null;
    try {
      size = f.text("size") == null ? null : Long.valueOf(f.text("size"));
    } catch (NumberFormatException e) {
      // a size that is no number is no size
    }
    return new ImportedFile(
        cut(f.text("name") == null ? f.text("fileName") : f.text("name"), 300),
        cut(f.text("fileName"), 300),
        cut(f.text("mimeType"), 100),
        size,
        cut(f.text("accessUrl"), 1000),
        cut(f.text("downloadUrl"), 1000));
  }

  private static String tail(String url) {
    String[] parts = url.split("/");
    return parts[parts.length - 1];
  }
}
