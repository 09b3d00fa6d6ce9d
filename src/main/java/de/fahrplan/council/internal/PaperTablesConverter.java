package de.fahrplan.council.internal;

import de.fahrplan.council.PaperTable;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A paper's frozen tables as JSON in one column (read and written whole, never queried). */
@Converter
public class PaperTablesConverter implements AttributeConverter<List<PaperTable>, String> {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<PaperTable>> TABLES = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(List<PaperTable> tables) {
    return tables == null || tables.isEmpty() ? null : JSON.writeValueAsString(tables);
  }

  @Override
  public List<PaperTable> convertToEntityAttribute(String column) {
    return column == null ? List.of() : List.copyOf(JSON.readValue(column, TABLES));
  }
}
