package de.fahrplan.identity;

import de.fahrplan.shared.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** An admin's input for an account of their municipality: who, and which roles here. */
public class AccountInput {
  public String email;
  public String displayName;
  public Set<Role> roles = EnumSet.noneOf(Role.class);
}
