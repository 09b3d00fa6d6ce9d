package de.fahrplan.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only look-up of one object whose {@link NotFoundException} leaves the caller's transaction
 * as it was: the caller decides whether "gone" is an error (the change history names an object that
 * was deleted since and reads on). Without it the look-up would mark a caller's read for rollback,
 * and every page that shows a history would have to end its read in one – on H2 a rollback also
 * empties the connection's cache of parsed statements.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
public @interface Lookup {}
