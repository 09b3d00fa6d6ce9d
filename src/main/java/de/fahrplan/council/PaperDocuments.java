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
import de.fahrplan.organisation.PersonView;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.MemberOnly;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A paper in the layout councils know: the header block (number, date, public status, type,
 * Federführung, Bearbeitung, Aktenzeichen), the Beratungsfolge, the sections, the checkboxes, what
 * it concerns in the plan, and the signature line – as PDF/UA, ODT and DOCX.
 */
@Service
public class PaperDocuments {

  private final PaperDetail details;
  private final Statements statementsOf;
  private final CouncilSettings settings;
  private final Bodies bodies;
  private final MessageSource messages;

  PaperDocuments(
      PaperDetail details,
      Statements statementsOf,
      CouncilSettings settings,
      Bodies bodies,
      MessageSource messages) {
    this.details = details;
    this.statementsOf = statementsOf;
    this.settings = settings;
    this.bodies = bodies;
    this.messages = messages;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public DocumentFile file(long paperId, Format format) {
    String municipality = bodies.get(TenantContext.requireTenantId()).name();
    PaperDetail.View v = details.of(paperId);
    Document doc = document(v, municipality);
    return new DocumentFile(
        format.fileName(v.paper().paperType() + "-" + v.paper().reference()),
        format,
        DocumentFiles.write(doc, format, municipality));
  }

  Document document(PaperDetail.View v, String municipality) {
    PaperView p = v.paper();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(0, p.paperType() + " " + p.reference(), "titel"));
    blocks.add(new Paragraph(municipality, true));
    blocks.add(header(v));
    blocks.add(new Heading(1, "Betreff", "betreff"));
    blocks.add(new Paragraph(p.subject(), true));
    blocks.add(consultations(v.consultations()));
    section(blocks, "Anlass", "anlass", p.occasion());
    section(blocks, "Sachverhalt und Begründung", "sachverhalt", p.facts());
    section(blocks, "Beschlussvorschlag", "beschlussvorschlag", p.proposal());
    section(
        blocks,
        "Finanzielle Auswirkungen",
        "finanzen",
        p.financialImpact() == null ? "Keine finanziellen Auswirkungen." : p.financialImpact());
    for (PaperTable t : p.figures()) {
      blocks.add(table(t));
    }
    section(
        blocks,
        "Organisatorische und personelle Auswirkungen",
        "organisation",
        p.organisationalImpact());
    statements(statementsOf.ofPaper(p.id()), blocks);
    checks(p, blocks);
    concerns(v, blocks);
    if (!v.attachments().isEmpty()) {
      blocks.add(new Heading(1, "Anlagen", "anlagen"));
      blocks.add(
          new Document.Bullets(
              v.attachments().stream().map(PaperDetail.View.Attachment::label).toList()));
    }
    blocks.add(new Heading(1, "Unterschrift", "unterschrift"));
    blocks.add(new Paragraph(municipality + ", den " + date(p.date()), false));
    for (PaperDetail.View.SignOffLine s : v.signOffs()) {
      blocks.add(
          new Paragraph(
              s.name()
                  + (s.signedOn() == null
                      ? ": noch nicht abgezeichnet"
                      : ": abgezeichnet am " + date(s.signedOn())),
              false));
    }
    blocks.add(new Paragraph("______________________________", false));
    return new Document(
        p.paperType() + " " + p.reference(),
        p.subject(),
        p.state() == PaperState.DRAFT ? "Entwurf" : null,
        blocks);
  }

  private Table header(PaperDetail.View v) {
    PaperView p = v.paper();
    PersonView person = v.personInCharge();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Vorlage-Nr.", p.reference()));
    rows.add(List.of("Datum", date(p.date())));
    rows.add(List.of("Status", p.publicPaper() ? "öffentlich" : "nicht öffentlich"));
    rows.add(List.of("Vorlagenart", p.paperType()));
    rows.add(List.of("Federführung", v.leadUnit() == null ? "–" : v.leadUnit()));
    rows.add(
        List.of(
            "Bearbeitung",
            person == null
                ? "–"
                : String.join(
                    ", ",
                    Stream.of(person.displayName(), person.phone(), person.email())
                        .filter(s -> s != null && !s.isBlank())
                        .toList())));
    rows.add(List.of("Aktenzeichen", p.fileNumber() == null ? "–" : p.fileNumber()));
    if (p.budgetProducts() != null) {
      rows.add(List.of("Produkt", p.budgetProducts()));
    }
    return new Table("Angaben zur Vorlage", List.of("Angabe", "Inhalt"), rows, Set.of());
  }

  private Table consultations(List<ConsultationView> steps) {
    List<List<String>> rows =
        steps.stream()
            .map(
                c ->
                    List.of(
                        c.meetingDate() == null ? "offen" : date(c.meetingDate()),
                        c.organizationName(),
                        c.publicSession() ? "Ö" : "N",
                        label("consultationRole." + c.role()),
                        c.result() == null ? "" : label("consultationResult." + c.result())))
            .toList();
    return new Table(
        "Beratungsfolge",
        List.of("Datum", "Gremium", "Status", "Zuständigkeit", "Ergebnis"),
        rows.isEmpty() ? List.of(List.of("–", "Noch keine Beratung geplant.", "", "", "")) : rows,
        Set.of());
  }

  private static Table table(PaperTable t) {
    Set<Integer> numeric = new java.util.HashSet<>();
    for (int i = 1; t.numeric() && i < t.head().size(); i++) {
      numeric.add(i);
    }
    return new Table(t.caption(), t.head(), t.rows(), numeric);
  }

  private static void section(List<Block> blocks, String title, String anchor, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    blocks.add(new Heading(1, title, anchor));
    // a blank line starts a new paragraph; a single line break stays a line break
    for (String paragraph : text.strip().split("\\R\\s*\\R")) {
      blocks.add(new Paragraph(paragraph.strip(), false));
    }
  }

  private void statements(List<StatementView> list, List<Block> blocks) {
    if (list.isEmpty()) {
      return;
    }
    List<List<String>> rows =
        list.stream()
            .map(
                s ->
                    List.of(
                        s.addressee(),
                        s.answer() == null
                            ? (s.overdue()
                                ? "keine Rückmeldung bis " + date(s.dueDate())
                                : "angefragt, bis " + date(s.dueDate()))
                            : label("statementAnswer." + s.answer()),
                        reason(s)))
            .toList();
    blocks.add(new Heading(1, "Stellungnahmen", "stellungnahmen"));
    blocks.add(
        new Table("Stellungnahmen", List.of("Stelle", "Votum", "Begründung"), rows, Set.of()));
  }

  /** The answer's text; an answer "als Anlage" names its Anlage. */
  private static String reason(StatementView s) {
    String text = s.answerText() == null ? "" : s.answerText();
    if (s.answerFileTitle() == null) {
      return text;
    }
    return (text.isEmpty() ? "" : text + " ") + "(Anlage „" + s.answerFileTitle() + "“)";
  }

  private void checks(PaperView p, List<Block> blocks) {
    List<String> options = new ArrayList<>(settings.current().checks());
    p.checks().stream()
        .map(PaperCheck::label)
        .filter(l -> !options.contains(l))
        .forEach(options::add);
    if (options.isEmpty()) {
      return;
    }
    List<List<String>> rows =
        options.stream()
            .map(
                o ->
                    p.checks().stream()
                        .filter(c -> c.label().equals(o))
                        .findFirst()
                        .map(c -> List.of(o, c.note() == null ? "ja" : "ja – " + c.note()))
                        .orElse(List.of(o, "nein")))
            .toList();
    blocks.add(new Heading(1, "Prüfung", "pruefung"));
    blocks.add(new Table("Prüfung", List.of("Merkmal", "Zutreffend"), rows, Set.of()));
  }

  private static void concerns(PaperDetail.View v, List<Block> blocks) {
    if (v.strategyVersion() == null && v.goals().isEmpty() && v.measures().isEmpty()) {
      return;
    }
    blocks.add(new Heading(1, "Bezug zur Digitalisierungsstrategie", "bezug"));
    List<String> items = new ArrayList<>();
    if (v.strategyVersion() != null) {
      items.add(v.strategyVersion());
    }
    v.goals().forEach(g -> items.add("Ziel " + g.label()));
    v.measures().values().stream().sorted().forEach(items::add);
    blocks.add(new Document.Bullets(items));
  }

  private String label(String key) {
    return messages.getMessage(key, null, key, Locale.GERMAN);
  }
}
