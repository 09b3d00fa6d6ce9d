package de.fahrplan.shared.web;

import de.fahrplan.shared.ConcurrentEditException;
import de.fahrplan.shared.InvalidInputException;
import java.util.function.LongConsumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Puts a domain rule's violations next to the fields of the form that caused them.
 *
 * <p>A form that could not be read completely („abc“ in a number field) is not saved; its other
 * fields are still checked by the service's own rules: the save is tried in a transaction that is
 * always rolled back, and the rules it breaks join the conversion errors – one wrong number does
 * not hide the rest. (Services write everything else through the database – outbox mails, events
 * after commit – so the rehearsal leaves no trace.)
 */
public final class FormErrors {

  private FormErrors() {}

  /**
   * Saves a form. A broken rule is put next to its field; a concurrent edit puts the current state
   * into the model as {@code conflict} and lets the form adopt the current version, so the user
   * sees both and can save their input deliberately. Returns whether the save went through.
   */
  public static boolean trySave(
      Runnable save, BindingResult result, Model model, Object current, LongConsumer adoptVersion) {
    if (result.hasErrors()) {
      rehearse(save, result);
      return false;
    }
    try {
      save.run();
      return true;
    } catch (InvalidInputException e) {
      bind(e, result);
    } catch (ConcurrentEditException e) {
      model.addAttribute("conflict", current);
      adoptVersion.accept(e.currentVersion());
    } catch (DataIntegrityViolationException e) {
      explainLostRace(save, result, e);
    } catch (OptimisticLockingFailureException e) {
      // the other save came between this one's version check and its write (the database's version
      // column let one win): the form stays as typed, and sent again it meets the other save's
      // version and shows both, as above
      result.reject("form.changedMeanwhile");
    }
    return false;
  }

  /**
   * Creates from a form: the new object, or empty with every broken rule next to its field (also
   * when the form could not even be bound). The create paths' counterpart of {@link #trySave}.
   */
  public static <T> java.util.Optional<T> tryCreate(
      java.util.function.Supplier<T> create, BindingResult result) {
    if (result.hasErrors()) {
      rehearse(create::get, result);
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(create.get());
    } catch (InvalidInputException e) {
      bind(e, result);
    } catch (DataIntegrityViolationException e) {
      explainLostRace(create::get, result, e);
    }
    return java.util.Optional.empty();
  }

  /**
   * Another request saved the same unique value (a code, a name) a moment earlier: the rules, asked
   * again now, name the field („gibt es schon“). When they find nothing, it is not such a race.
   */
  private static void explainLostRace(
      Runnable save, BindingResult result, DataIntegrityViolationException lost) {
    rehearse(save, result);
    if (!result.hasErrors()) {
      throw lost;
    }
  }

  /**
   * Tries the save of a half-read form, always rolled back, for the rules its other fields break.
   */
  private static void rehearse(Runnable save, BindingResult result) {
    TransactionTemplate transactions = transactions();
    if (transactions == null) {
      return;
    }
    transactions.executeWithoutResult(
        status -> {
          status.setRollbackOnly();
          try {
            save.run();
          } catch (InvalidInputException e) {
            for (InvalidInputException.Violation v : e.violations()) {
              // the field that could not be read already says what is wrong with it
              if (v.field() == null || !result.hasFieldErrors(v.field())) {
                bindOne(v, result);
              }
            }
          } catch (RuntimeException e) {
            // a concurrent edit or a missing object shows once the form can be read
          }
        });
  }

  /**
   * Transactions of the application that serves the current request (asked per request: a static
   * field would mix applications that share the class, as tests do); null outside a request or
   * without a transaction manager (web slices).
   */
  private static TransactionTemplate transactions() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
      return null;
    }
    WebApplicationContext context =
        RequestContextUtils.findWebApplicationContext(attrs.getRequest());
    PlatformTransactionManager manager =
        context == null
            ? null
            : context.getBeanProvider(PlatformTransactionManager.class).getIfAvailable();
    return manager == null ? null : new TransactionTemplate(manager);
  }

  public static void bind(InvalidInputException e, BindingResult result) {
    e.violations().forEach(v -> bindOne(v, result));
  }

  private static void bindOne(InvalidInputException.Violation v, BindingResult result) {
    if (v.field() == null) {
      result.reject(v.code(), v.args(), v.code());
    } else {
      result.rejectValue(v.field(), v.code(), v.args(), v.code());
    }
  }
}
