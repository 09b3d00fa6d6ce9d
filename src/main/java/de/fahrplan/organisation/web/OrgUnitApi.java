package de.fahrplan.organisation.web;

import de.fahrplan.organisation.OrgUnitInput;
import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import de.fahrplan.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
@RequestMapping("/api/v1/org-units")
@Tag(name = "Organisationseinheiten", description = "Org-unit tree of the token's municipality")
class OrgUnitApi {

  private final OrgUnits units;

  OrgUnitApi(OrgUnits units) {
    this.units = units;
  }

  @GetMapping
  @Operation(
      summary = "List org units depth-first; q filters code and name, parentId the direct children")
  PageResponse<OrgUnitView> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long parentId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
    List<OrgUnitView> all =
        units.tree().stream()
            .filter(
                u ->
                    needle == null
                        || (u.code() + " " + u.name()).toLowerCase(Locale.ROOT).contains(needle))
            .filter(u -> parentId == null || parentId.equals(u.parentId()))
            .toList();
    PageRequest paging = Paging.of(page, size, Sort.unsorted());
    int from = (int) Math.min(paging.getOffset(), all.size());
    int to = Math.min(from + paging.getPageSize(), all.size());
    return PageResponse.of(new PageImpl<>(all.subList(from, to), paging, all.size()), u -> u);
  }

  @GetMapping("/{id}")
  OrgUnitView get(@PathVariable long id) {
    return units.get(id);
  }

  @PostMapping
  ResponseEntity<OrgUnitView> create(@RequestBody OrgUnitInput input) {
    OrgUnitView v = units.create(input);
    return ResponseEntity.created(URI.create("/api/v1/org-units/" + v.id())).body(v);
  }

  @PutMapping("/{id}")
  OrgUnitView update(@PathVariable long id, IfMatch ifMatch, @RequestBody OrgUnitInput input) {
    long version = ifMatch.version();
    return units.update(id, version, input);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id, IfMatch ifMatch) {
    units.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "Who changed what and when (Administration only)")
  List<AuditLog.Entry> history(@PathVariable long id) {
    return units.history(id);
  }
}
