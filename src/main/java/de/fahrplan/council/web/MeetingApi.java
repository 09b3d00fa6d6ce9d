package de.fahrplan.council.web;

import de.fahrplan.council.AgendaItemInput;
import de.fahrplan.council.AgendaItemView;
import de.fahrplan.council.Agendas;
import de.fahrplan.council.MeetingDocuments;
import de.fahrplan.council.MeetingFilter;
import de.fahrplan.council.MeetingInput;
import de.fahrplan.council.MeetingView;
import de.fahrplan.council.Meetings;
import de.fahrplan.documents.Format;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import de.fahrplan.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sitzungen", description = "Committee meetings (OParl Meeting) and their agenda items")
class MeetingApi {

  private final Meetings meetings;
  private final Agendas agendas;
  private final MeetingDocuments documents;

  MeetingApi(Meetings meetings, Agendas agendas, MeetingDocuments documents) {
    this.meetings = meetings;
    this.agendas = agendas;
    this.documents = documents;
  }

  @GetMapping("/meetings")
  @Operation(summary = "Meetings by date, optionally of one committee and between two days")
  PageResponse<MeetingView> listMeetings(
      @RequestParam(required = false) Long committee,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(
        meetings.search(
            new MeetingFilter(committee, from, to),
            Paging.of(page, size, Sort.by("meetingDate", "startTime", "id"))),
        m -> m);
  }

  @PostMapping("/meetings")
  ResponseEntity<MeetingView> createMeeting(@RequestBody MeetingInput input) {
    MeetingView v = meetings.create(input);
    return ResponseEntity.created(URI.create("/api/v1/meetings/" + v.id())).body(v);
  }

  @GetMapping("/meetings/{id}")
  MeetingView getMeeting(@PathVariable long id) {
    return meetings.get(id);
  }

  @PutMapping("/meetings/{id}")
  @Operation(summary = "Changes the meeting; a new date moves the consultations on its agenda")
  MeetingView updateMeeting(
      @PathVariable long id, IfMatch ifMatch, @RequestBody MeetingInput input) {
    return meetings.update(id, ifMatch.version(), input);
  }

  @DeleteMapping("/meetings/{id}")
  ResponseEntity<Void> deleteMeeting(@PathVariable long id, IfMatch ifMatch) {
    meetings.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/meetings/{id}/history")
  List<AuditLog.Entry> meetingHistory(@PathVariable long id) {
    return meetings.history(id);
  }

  @GetMapping("/meetings/{id}/agenda-items")
  PageResponse<AgendaItemView> agenda(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(agendas.agenda(id), page, size);
  }

  @PostMapping("/meetings/{id}/agenda-items")
  @Operation(
      summary =
          "Puts an item on the agenda; with paperId it becomes the paper's open consultation by"
              + " the meeting's committee")
  ResponseEntity<AgendaItemView> addAgendaItem(
      @PathVariable long id, @RequestBody AgendaItemInput input) {
    AgendaItemView v = agendas.addItem(id, input);
    return ResponseEntity.created(URI.create("/api/v1/agenda-items/" + v.id())).body(v);
  }

  @GetMapping("/agenda-items/{id}")
  AgendaItemView getAgendaItem(@PathVariable long id) {
    return agendas.item(id);
  }

  @PutMapping("/agenda-items/{id}")
  AgendaItemView updateAgendaItem(
      @PathVariable long id, IfMatch ifMatch, @RequestBody AgendaItemInput input) {
    return agendas.updateItem(id, ifMatch.version(), input);
  }

  @DeleteMapping("/agenda-items/{id}")
  ResponseEntity<Void> deleteAgendaItem(@PathVariable long id, IfMatch ifMatch) {
    agendas.deleteItem(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/agenda-items/{id}/history")
  List<AuditLog.Entry> agendaItemHistory(@PathVariable long id) {
    return agendas.itemHistory(id);
  }

  @GetMapping(value = "/meetings/{id}/agenda.pdf", produces = "application/pdf")
  @Operation(summary = "The agenda as PDF/UA; public=true leaves the non-public part out")
  ResponseEntity<byte[]> agendaPdf(
      @PathVariable long id, @RequestParam(name = "public", defaultValue = "false") boolean pub) {
    return documents.agenda(id, pub, Format.PDF).asAttachment();
  }

  @GetMapping(
      value = "/meetings/{id}/agenda.odt",
      produces = "application/vnd.oasis.opendocument.text")
  @Operation(summary = "The agenda as OpenDocument text")
  ResponseEntity<byte[]> agendaOdt(
      @PathVariable long id, @RequestParam(name = "public", defaultValue = "false") boolean pub) {
    return documents.agenda(id, pub, Format.ODT).asAttachment();
  }

  @GetMapping(
      value = "/meetings/{id}/agenda.docx",
      produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
  @Operation(summary = "The agenda as Word document")
  ResponseEntity<byte[]> agendaDocx(
      @PathVariable long id, @RequestParam(name = "public", defaultValue = "false") boolean pub) {
    return documents.agenda(id, pub, Format.DOCX).asAttachment();
  }
}
