package de.fahrplan.council;

import static de.fahrplan.documents.GermanText.date;

import de.fahrplan.documents.Document;
import de.fahrplan.documents.Document.Block;
import de.fahrplan.documents.Document.Heading;
import de.fahrplan.documents.Document.Paragraph;
import de.fahrplan.documents.Document.Table;
import de.fahrplan.documents.DocumentFile;
import de.fahrplan.documents.DocumentFiles;
import de.fahrplan.documents.Format;
import de.fahrplan.organisation.Bodies;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.MemberOnly;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda (Tagesordnung) as PDF/UA, ODT and DOCX: when and where, then the public and
 * the non-public part with item number, subject and paper. The public edition leaves the non-public
 * part out (for notice boards and the website).
 */
@Service
public class MeetingDocuments {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final Meetings meetings;
  private final Agendas agendas;
  private final Bodies bodies;

  MeetingDocuments(Meetings meetings, Agendas agendas, Bodies bodies) {
    this.meetings = meetings;
    this.agendas = agendas;
    this.bodies = bodies;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public DocumentFile agenda(long meetingId, boolean publicOnly, Format format) {
    String municipality = bodies.get(TenantContext.requireTenantId()).name();
    MeetingView m = meetings.get(meetingId);
    Document doc = agenda(m, agendas.agenda(meetingId), publicOnly, municipality);
    return new DocumentFile(
        format.fileName(
            "Tagesordnung-"
                + m.organizationName()
                + "-"
                + m.meetingDate()
                + (publicOnly ? "-oeffentlich" : "")),
        format,
        DocumentFiles.write(doc, format, municipality));
  }

  static Document agenda(
      MeetingView m, List<AgendaItemView> agenda, boolean publicOnly, String municipality) {
    List<Block> blocks = new ArrayList<>();
    String title = (publicOnly ? "Öffentliche Tagesordnung" : "Tagesordnung") + " – " + m.title();
    blocks.add(new Heading(0, title, "titel"));
    blocks.add(new Paragraph(municipality, true));
    if (m.cancelled()) {
      blocks.add(new Paragraph("Die Sitzung ist abgesagt.", true));
    }
    blocks.add(facts(m));
    part(blocks, "Öffentlicher Teil", "oeffentlich", agenda, true);
    if (!publicOnly) {
      part(blocks, "Nicht öffentlicher Teil", "nichtoeffentlich", agenda, false);
    }
    return new Document(title, m.organizationName() + ", " + date(m.meetingDate()), blocks);
  }

  private static Table facts(MeetingView m) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Gremium", m.organizationName()));
    if (m.name() != null) {
      rows.add(List.of("Sitzung", m.name()));
    }
    rows.add(
        List.of(
            "Datum",
            m.meetingDate().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.GERMAN)
                + ", "
                + date(m.meetingDate())));
    rows.add(List.of("Beginn", time(m.startTime())));
    if (m.endTime() != null) {
      rows.add(List.of("Ende", time(m.endTime())));
    }
    rows.add(List.of("Ort", m.location() == null ? "–" : m.location()));
    return new Table("Angaben zur Sitzung", List.of("Angabe", "Inhalt"), rows, Set.of());
  }

  private static String time(LocalTime t) {
    return t == null ? "–" : TIME.format(t) + " Uhr";
  }

  private static void part(
      List<Block> blocks, String heading, String anchor, List<AgendaItemView> agenda, boolean pub) {
    blocks.add(new Heading(1, heading, anchor));
    List<List<String>> rows =
        agenda.stream()
            .filter(i -> i.publicItem() == pub)
            .map(
                i ->
                    List.of(
                        i.number(),
                        i.title(),
                        i.paperReference() == null ? "" : i.paperReference()))
            .toList();
    if (rows.isEmpty()) {
      blocks.add(new Paragraph("Keine Tagesordnungspunkte.", false));
    } else {
      blocks.add(new Table(heading, List.of("TOP", "Betreff", "Vorlage"), rows, Set.of()));
    }
  }
}
