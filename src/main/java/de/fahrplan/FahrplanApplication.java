package de.fahrplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Fahrplan: a municipality's digitalisation strategy, from as-is analysis to public account. */
@SpringBootApplication
public class FahrplanApplication {

  public static void main(String[] args) {
    SpringApplication.run(FahrplanApplication.class, args);
  }
}
