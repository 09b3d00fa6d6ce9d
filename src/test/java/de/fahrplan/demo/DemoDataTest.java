package de.fahrplan.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.fahrplan.identity.Accounts;
import de.fahrplan.identity.FahrplanUser;
import de.fahrplan.organisation.Bodies;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * A first start stopped while the demo was loading leaves municipalities without accounts: the next
 * start says so and names the database to delete, instead of starting a demo nobody can sign in to.
 */
class DemoDataTest {

  private final Bodies bodies = mock(Bodies.class);
  private final Accounts accounts = mock(Accounts.class);
  private final DemoData demo =
      new DemoData(
          bodies, null, null, null, null, accounts, null, null, null, null, null, null, null, null,
          null, null, null, null, null);

  @Test
  void aDemoLoadedToItsLastAccountStartsAsItIs() {
    when(bodies.idBySlug("musterstadt")).thenReturn(Optional.of(1L));
    when(accounts.userForLogin(DemoData.LAST_ACCOUNT))
        .thenReturn(
            Optional.of(
                new FahrplanUser(
                    6, DemoData.LAST_ACCOUNT, "Verbund", false, Map.of(), null, null, false)));

    assertThatCode(() -> demo.run(new DefaultApplicationArguments())).doesNotThrowAnyException();
  }

  @Test
  void aDemoStoppedWhileLoadingIsRefusedWithWhatToDo() {
    when(bodies.idBySlug("musterstadt")).thenReturn(Optional.of(1L));
    when(accounts.userForLogin(DemoData.LAST_ACCOUNT)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> demo.run(new DefaultApplicationArguments()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unvollständig")
        .hasMessageContaining("./data/");
  }
}
