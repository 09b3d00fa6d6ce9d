package de.fahrplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fahrplan.shared.InvalidInputException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Two people create the same place at the same moment: both pass the rule „gibt es schon“, the
 * database's unique key lets one win. The other gets the form with that rule next to the field –
 * not a 500 page. The same for two saves of one record.
 */
class LostRaceTest {

  /** A form with the one field the rule names. */
  public static class PlaceForm {
    public String description = "Bürgerhaus Nord";

    public String getDescription() {
      return description;
    }
  }

  @BeforeEach
  void aRequestWithTransactions() {
    StaticWebApplicationContext context = new StaticWebApplicationContext();
    context.registerSingleton("transactions", NoResources.class);
    context.refresh();
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
  }

  @AfterEach
  void noRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void theLoserSeesTheRuleTheWinnerNowBreaks() {
    AtomicInteger calls = new AtomicInteger();
    Supplier<Object> create =
        () -> {
          if (calls.incrementAndGet() == 1) {
            throw new DataIntegrityViolationException("ux_location_description");
          }
          throw new InvalidInputException(
              "description", "location.descriptionTaken", "Bürgerhaus Nord");
        };
    BindingResult result = new BeanPropertyBindingResult(new PlaceForm(), "form");

    assertThat(FormErrors.tryCreate(create, result)).isEmpty();
    assertThat(result.getFieldError("description").getCode())
        .isEqualTo("location.descriptionTaken");
  }

  @Test
  void aKeyNoRuleExplainsIsNotHidden() {
    BindingResult result = new BeanPropertyBindingResult(new PlaceForm(), "form");
    assertThatThrownBy(
            () ->
                FormErrors.tryCreate(
                    () -> {
                      throw new DataIntegrityViolationException("fk_something");
                    },
                    result))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  /**
   * Two people save the same record at the same moment: both pass the version check, the database's
   * version column lets one win at the write. The other keeps the form as typed with a note – not
   * the conflict page, which loses it – and no version is adopted, so that sending it again meets
   * the winner's version and shows both (never overwrites unseen).
   */
  @Test
  void theLoserOfASaveKeepsTheFormAndMeetsTheWinnerOnTheNextSend() {
    BindingResult result = new BeanPropertyBindingResult(new PlaceForm(), "form");
    org.springframework.ui.Model model = new org.springframework.ui.ExtendedModelMap();
    java.util.List<Long> adopted = new java.util.ArrayList<>();

    boolean saved =
        FormErrors.trySave(
            () -> {
              throw new org.springframework.orm.ObjectOptimisticLockingFailureException(
                  "Location", 7L);
            },
            result,
            model,
            "current",
            adopted::add);

    assertThat(saved).isFalse();
    assertThat(result.getGlobalError().getCode()).isEqualTo("form.changedMeanwhile");
    assertThat(model.containsAttribute("conflict")).isFalse();
    assertThat(adopted).isEmpty();
  }

  /** Transactions without a database: the rehearsal's begin and rollback. */
  static class NoResources extends AbstractPlatformTransactionManager
      implements PlatformTransactionManager {
    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(
        Object transaction, org.springframework.transaction.TransactionDefinition definition) {}

    @Override
    protected void doCommit(DefaultTransactionStatus status) {}

    @Override
    protected void doRollback(DefaultTransactionStatus status) {}
  }
}
