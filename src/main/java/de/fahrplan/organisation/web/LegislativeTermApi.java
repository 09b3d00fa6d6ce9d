package de.fahrplan.organisation.web;

import de.fahrplan.organisation.LegislativeTermInput;
import de.fahrplan.organisation.LegislativeTermView;
import de.fahrplan.organisation.LegislativeTerms;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
@RequestMapping("/api/v1/legislative-terms")
@Tag(name = "Wahlperioden", description = "The council's legislative terms (OParl LegislativeTerm)")
class LegislativeTermApi {

  private final LegislativeTerms terms;

  LegislativeTermApi(LegislativeTerms terms) {
    this.terms = terms;
  }

  @GetMapping
  PageResponse<LegislativeTermView> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return PageResponse.of(terms.all(), page, size);
  }

  @GetMapping("/{id}")
  LegislativeTermView get(@PathVariable long id) {
    return terms.get(id);
  }

  @PostMapping
  ResponseEntity<LegislativeTermView> create(@RequestBody LegislativeTermInput input) {
    LegislativeTermView v = terms.create(input);
    return ResponseEntity.created(URI.create("/api/v1/legislative-terms/" + v.id())).body(v);
  }

  @PutMapping("/{id}")
  LegislativeTermView update(
      @PathVariable long id, IfMatch ifMatch, @RequestBody LegislativeTermInput input) {
    return terms.update(id, ifMatch.version(), input);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id, IfMatch ifMatch) {
    terms.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/history")
  List<AuditLog.Entry> history(@PathVariable long id) {
    return terms.history(id);
  }
}
