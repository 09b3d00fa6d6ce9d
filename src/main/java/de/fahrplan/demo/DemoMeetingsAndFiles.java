package de.fahrplan.demo;

import de.fahrplan.council.AgendaItemInput;
import de.fahrplan.council.Agendas;
import de.fahrplan.council.ConsultationView;
import de.fahrplan.council.Consultations;
import de.fahrplan.council.MeetingInput;
import de.fahrplan.council.MeetingView;
import de.fahrplan.council.Meetings;
import de.fahrplan.council.PaperFileView;
import de.fahrplan.council.PaperFiles;
import de.fahrplan.documents.Document;
import de.fahrplan.documents.DocumentFiles;
import de.fahrplan.documents.Format;
import de.fahrplan.organisation.LocationInput;
import de.fahrplan.organisation.Locations;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo's committee meetings (each step of a demo Beratungsfolge is treated in a meeting) and
 * the Anlagen uploaded to its papers.
 */
@Component
class DemoMeetingsAndFiles {

  private final Meetings meetings;
  private final Agendas agendas;
  private final Consultations consultations;
  private final PaperFiles files;
  private final Locations locations;

  DemoMeetingsAndFiles(
      Meetings meetings,
      Agendas agendas,
      Consultations consultations,
      PaperFiles files,
      Locations locations) {
    this.meetings = meetings;
    this.agendas = agendas;
    this.locations = locations;
    this.consultations = consultations;
    this.files = files;
  }

  /** An Anlage as if uploaded: a short PDF/UA with {@code title} and {@code text}. */
  PaperFileView attach(long paperId, String author, String title, String fileName, String text) {
    Document doc =
        new Document(
            title,
            title,
            List.of(new Document.Heading(0, title, "titel"), new Document.Paragraph(text, false)));
    return files.upload(paperId, title, fileName, DocumentFiles.write(doc, Format.PDF, author));
  }

  /**
   * A meeting of the step's committee on its day, whose agenda treats the step's paper after the
   * usual opening items; answers the step as it is now (on the agenda).
   */
  ConsultationView onAgenda(ConsultationView step, String start, String location) {
    MeetingInput in = new MeetingInput();
    in.organizationId = step.organizationId();
    in.meetingDate = step.meetingDate();
    in.startTime = LocalTime.parse(start);
    in.endTime = in.startTime.plusHours(3);
    in.locationId = place(location);
    MeetingView m = meetings.create(in);
    item(m, "Eröffnung, Feststellung der Beschlussfähigkeit und der Tagesordnung", step, null);
    item(m, "Genehmigung der Niederschrift der letzten Sitzung", step, null);
    item(m, null, step, step.paperId());
    item(m, "Mitteilungen der Verwaltung", step, null);
    return consultations.get(step.id());
  }

  /** "Rathaus, Senatssaal": a room of the demo's town hall (Kreishaus: the county's). */
  private long place(String description) {
    LocationInput in = new LocationInput();
    in.description = description;
    in.room = description.substring(description.indexOf(',') + 1).strip();
    in.streetAddress = description.startsWith("Kreishaus") ? "Kreishausstraße 2" : "Marktplatz 1";
    return locations.ensure(List.of(in)).get(description).id();
  }

  private void item(MeetingView m, String title, ConsultationView step, Long paperId) {
    AgendaItemInput in = new AgendaItemInput();
    in.title = title;
    in.paperId = paperId;
    in.publicItem = step.publicSession();
    agendas.addItem(m.id(), in);
  }
}
