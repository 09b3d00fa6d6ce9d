package de.fahrplan.shared.web;

import de.fahrplan.shared.tabular.TableReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The limits of an import upload as the import pages state them: {@code @uploadLimits.megabytes()}
 * from the multipart setting, the rest from {@link TableReader.Limits}, so the page says what is
 * enforced.
 */
@Component("uploadLimits")
public class UploadLimits {

  private final long megabytes;

  UploadLimits(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFile) {
    this.megabytes = maxFile.toMegabytes();
  }

  public long megabytes() {
    return megabytes;
  }

  public int rows() {
    return TableReader.Limits.MAX_ROWS;
  }

  public int columns() {
    return TableReader.Limits.MAX_COLUMNS;
  }

  public int cellChars() {
    return TableReader.Limits.MAX_CELL_CHARS;
  }

  public String seconds() {
    return String.valueOf(TableReader.Limits.TIME_BUDGET.toSeconds());
  }
}
