package de.fahrplan.shared;

/** The object does not exist, or belongs to another tenant (which must look the same). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what) {
    super(what + " not found");
  }
}
