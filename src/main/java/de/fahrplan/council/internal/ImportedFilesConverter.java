package de.fahrplan.council.internal;

import de.fahrplan.council.ImportedFile;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An imported paper's file metadata as JSON in one column (read and written whole, never queried).
 */
@Converter
public class ImportedFilesConverter implements AttributeConverter<List<ImportedFile>, String> {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<ImportedFile>> FILES = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(List<ImportedFile> files) {
    return files == null || files.isEmpty() ? null : JSON.writeValueAsString(files);
  }

  @Override
  public List<ImportedFile> convertToEntityAttribute(String column) {
    return column == null ? List.of() : List.copyOf(JSON.readValue(column, FILES));
  }
}
