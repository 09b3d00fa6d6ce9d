package de.fahrplan.identity.web;

import de.fahrplan.identity.AccountInput;
import de.fahrplan.identity.AccountView;
import de.fahrplan.identity.Accounts;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(
    name = "Konten",
    description = "Accounts and their roles in the token's municipality (Administration only)")
class AccountApi {

  /** New roles of an account. */
  record RolesInput(Set<Role> roles) {}

  private final Accounts accounts;

  AccountApi(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping
  List<AccountView> list() {
    return accounts.inCurrentTenant();
  }

  @GetMapping("/{id}")
  ResponseEntity<AccountView> get(@PathVariable long id) {
    AccountView v = accounts.get(id);
    return ResponseEntity.ok().eTag(ETags.of(v.version())).body(v);
  }

  @PostMapping
  @Operation(summary = "Give a person roles here; a new account gets an e-mail to set its password")
  ResponseEntity<AccountView> grant(@RequestBody AccountInput input) {
    AccountView v = accounts.grant(input);
    return ResponseEntity.created(URI.create("/api/v1/accounts/" + v.id()))
        .eTag(ETags.of(v.version()))
        .body(v);
  }

  @PutMapping("/{id}/roles")
  ResponseEntity<AccountView> roles(
      @PathVariable long id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody RolesInput input) {
    long version = ETags.required(ifMatch);
    AccountView v = accounts.changeRoles(id, version, input.roles());
    return ResponseEntity.ok().eTag(ETags.of(v.version())).body(v);
  }

  @DeleteMapping("/{id}/roles")
  @Operation(summary = "Take every role in this municipality away")
  ResponseEntity<Void> revoke(
      @PathVariable long id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    accounts.revoke(id, ETags.required(ifMatch));
    return ResponseEntity.noContent().build();
  }
}
