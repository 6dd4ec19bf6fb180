package dev.tether.it.types;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tether.JsonCodec;
import java.io.UncheckedIOException;

/** Jackson's tree model as a JSON field's type. */
public class NodeCodec implements JsonCodec<JsonNode> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String toJson(JsonNode value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public JsonNode fromJson(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
