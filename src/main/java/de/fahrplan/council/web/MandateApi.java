package de.fahrplan.council.web;

import de.fahrplan.council.FulfilmentInput;
import de.fahrplan.council.MandateInput;
import de.fahrplan.council.MandateState;
import de.fahrplan.council.MandateView;
import de.fahrplan.council.Mandates;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import de.fahrplan.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Sort;
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
@Tag(name = "Aufträge", description = "Mandates decisions give the administration")
class MandateApi {

  private final Mandates mandates;

  MandateApi(Mandates mandates) {
    this.mandates = mandates;
  }

  @GetMapping("/mandates")
  @Operation(
      summary =
          "Mandates by due date; state OPEN, IN_PROGRESS, FULFILLED or OVERDUE (not fulfilled and"
              + " due before today), committee the one they report to")
  PageResponse<MandateView> listMandates(
      @RequestParam(required = false) MandateState state,
      @RequestParam(required = false) Long committee,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(
        mandates.search(state, committee, Paging.of(page, size, Sort.by("dueDate", "id"))), m -> m);
  }

  @GetMapping("/papers/{id}/mandates")
  PageResponse<MandateView> paperMandates(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(mandates.ofPaper(id), page, size);
  }

  @PostMapping("/papers/{id}/mandates")
  @Operation(summary = "Records a mandate the decided paper gives")
  ResponseEntity<MandateView> createMandate(
      @PathVariable long id, @RequestBody MandateInput input) {
    MandateView v = mandates.create(id, input);
    return ResponseEntity.created(URI.create("/api/v1/mandates/" + v.id())).body(v);
  }

  @GetMapping("/mandates/{id}")
  MandateView getMandate(@PathVariable long id) {
    return mandates.get(id);
  }

  @PutMapping("/mandates/{id}")
  MandateView updateMandate(
      @PathVariable long id, IfMatch ifMatch, @RequestBody MandateInput input) {
    return mandates.update(id, ifMatch.version(), input);
  }

  @PutMapping("/mandates/{id}/fulfilment")
  @Operation(summary = "Records by hand that the mandate is fulfilled (a reporting one: ended)")
  MandateView fulfilMandate(
      @PathVariable long id, IfMatch ifMatch, @RequestBody FulfilmentInput input) {
    return mandates.fulfil(id, ifMatch.version(), input);
  }

  @DeleteMapping("/mandates/{id}")
  ResponseEntity<Void> deleteMandate(@PathVariable long id, IfMatch ifMatch) {
    mandates.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/mandates/{id}/history")
  List<AuditLog.Entry> mandateHistory(@PathVariable long id) {
    return mandates.history(id);
  }
}
