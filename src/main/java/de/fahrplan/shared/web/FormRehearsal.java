package de.fahrplan.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Gives {@link FormErrors} the transactions in which it tries the save of a half-read form. */
@Component
class FormRehearsal {

  FormRehearsal(PlatformTransactionManager transactions) {
    FormErrors.rehearseWith(new TransactionTemplate(transactions));
  }
}
