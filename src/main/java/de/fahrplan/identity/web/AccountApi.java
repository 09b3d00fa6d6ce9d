package de.fahrplan.identity.web;

import de.fahrplan.identity.AccountInput;
import de.fahrplan.identity.AccountPersons;
import de.fahrplan.identity.AccountView;
import de.fahrplan.identity.Accounts;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Set;
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
@RequestMapping("/api/v1/accounts")
@Tag(
    name = "Konten",
    description = "Accounts and their roles in the token's municipality (Administration only)")
class AccountApi {

  /** New roles of an account. */
  record RolesInput(Set<Role> roles) {}

  /** The person of this municipality an account is ({@code null}: none). */
  record PersonLink(Long personId, String displayName) {}

  private final Accounts accounts;
  private final AccountPersons persons;

  AccountApi(Accounts accounts, AccountPersons persons) {
    this.accounts = accounts;
    this.persons = persons;
  }

  @GetMapping
  PageResponse<AccountView> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return PageResponse.of(accounts.inCurrentTenant(), page, size);
  }

  @GetMapping("/{id}")
  AccountView get(@PathVariable long id) {
    return accounts.get(id);
  }

  @PostMapping
  @Operation(summary = "Give a person roles here; a new account gets an e-mail to set its password")
  ResponseEntity<AccountView> grant(@RequestBody AccountInput input) {
    AccountView v = accounts.grant(input);
    return ResponseEntity.created(URI.create("/api/v1/accounts/" + v.id())).body(v);
  }

  @PutMapping("/{id}/roles")
  AccountView roles(@PathVariable long id, IfMatch ifMatch, @RequestBody RolesInput input) {
    long version = ifMatch.version();
    return accounts.changeRoles(id, version, input.roles());
  }

  @GetMapping("/{id}/person")
  @Operation(
      summary = "The person of this municipality the account is (its tasks are the account's)")
  PersonLink person(@PathVariable long id) {
    return link(persons.of(id));
  }

  @PutMapping("/{id}/person")
  @Operation(
      summary =
          "Link the account to a person of this municipality (personId null: to none); the person's"
              + " tasks, statements and sign-offs become the account's")
  PersonLink linkPerson(@PathVariable long id, @RequestBody PersonLink input) {
    return link(persons.link(id, input.personId()));
  }

  private static PersonLink link(java.util.Optional<de.fahrplan.organisation.PersonView> person) {
    return person
        .map(p -> new PersonLink(p.id(), p.displayName()))
        .orElse(new PersonLink(null, null));
  }

  @PostMapping("/{id}/invitation")
  @Operation(
      summary =
          "Send the invitation (link to set the first password) again; 422 once the account has a"
              + " password or signs in through OIDC")
  AccountView resendInvitation(@PathVariable long id) {
    return accounts.resendInvitation(id);
  }

  @DeleteMapping("/{id}/roles")
  @Operation(summary = "Take every role in this municipality away")
  ResponseEntity<Void> revoke(@PathVariable long id, IfMatch ifMatch) {
    accounts.revoke(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }
}
