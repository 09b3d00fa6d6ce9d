package de.fahrplan.organisation.web;

import de.fahrplan.organisation.MembershipInput;
import de.fahrplan.organisation.MembershipView;
import de.fahrplan.organisation.OrganizationInput;
import de.fahrplan.organisation.OrganizationView;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import de.fahrplan.shared.web.Paging;
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
@RequestMapping("/api/v1/organizations")
@Tag(
    name = "Gremien",
    description = "Councils, committees, boards and working groups with their memberships")
class OrganizationApi {

  private final Organizations organizations;

  OrganizationApi(Organizations organizations) {
    this.organizations = organizations;
  }

  @GetMapping
  PageResponse<OrganizationView> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(
        organizations.search(q, Paging.of(page, size, Sort.by("name", "id"))), o -> o);
  }

  @GetMapping("/{id}")
  OrganizationView get(@PathVariable long id) {
    return organizations.get(id);
  }

  @PostMapping
  ResponseEntity<OrganizationView> create(@RequestBody OrganizationInput input) {
    OrganizationView v = organizations.create(input);
    return ResponseEntity.created(URI.create("/api/v1/organizations/" + v.id())).body(v);
  }

  @PutMapping("/{id}")
  OrganizationView update(
      @PathVariable long id, IfMatch ifMatch, @RequestBody OrganizationInput input) {
    long version = ifMatch.version();
    return organizations.update(id, version, input);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id, IfMatch ifMatch) {
    organizations.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/history")
  List<AuditLog.Entry> history(@PathVariable long id) {
    return organizations.history(id);
  }

  @GetMapping("/{id}/memberships")
  PageResponse<MembershipView> members(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(organizations.members(id), page, size);
  }

  @GetMapping("/{id}/memberships/{membershipId}")
  MembershipView member(@PathVariable long id, @PathVariable long membershipId) {
    return organizations.membership(id, membershipId);
  }

  @PostMapping("/{id}/memberships")
  ResponseEntity<MembershipView> addMember(
      @PathVariable long id, @RequestBody MembershipInput input) {
    MembershipView v = organizations.addMember(id, input);
    return ResponseEntity.created(
            URI.create("/api/v1/organizations/" + id + "/memberships/" + v.id()))
        .body(v);
  }

  @PutMapping("/{id}/memberships/{membershipId}")
  MembershipView updateMember(
      @PathVariable long id,
      @PathVariable long membershipId,
      IfMatch ifMatch,
      @RequestBody MembershipInput input) {
    long version = ifMatch.version();
    return organizations.updateMember(id, membershipId, version, input);
  }

  @DeleteMapping("/{id}/memberships/{membershipId}")
  ResponseEntity<Void> removeMember(
      @PathVariable long id, @PathVariable long membershipId, IfMatch ifMatch) {
    organizations.removeMember(id, membershipId, ifMatch.version());
    return ResponseEntity.noContent().build();
  }
}
