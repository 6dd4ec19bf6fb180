package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.tether.processor.model.FieldInfo;

/** Java expressions for {@code defaultValue} literals, already checked by the reader. */
final class Defaults {
  private Defaults() {}

  static CodeBlock expression(FieldInfo f) {
    String v = f.defaultValue().trim();
    return switch (f.type()) {
      case STRING -> CodeBlock.of("$S", f.defaultValue());
      case INT -> CodeBlock.of("$L", Integer.parseInt(v));
      case LONG -> CodeBlock.of("$LL", Long.parseLong(v));
      case SHORT -> CodeBlock.of("(short) $L", Short.parseShort(v));
      case DOUBLE -> CodeBlock.of("$Ld", Double.parseDouble(v));
      case FLOAT -> CodeBlock.of("$Lf", Float.parseFloat(v));
      case BOOLEAN -> CodeBlock.of("$L", Boolean.parseBoolean(v));
      case DECIMAL -> CodeBlock.of("new $T($S)", ClassName.get("java.math", "BigDecimal"), v);
      case DATE -> CodeBlock.of("$T.parse($S)", ClassName.get("java.time", "LocalDate"), v);
      case DATETIME -> CodeBlock.of("$T.parse($S)", ClassName.get("java.time", "LocalDateTime"), v);
      case INSTANT -> CodeBlock.of("$T.parse($S)", ClassName.get("java.time", "Instant"), v);
      case UUID -> CodeBlock.of("$T.fromString($S)", ClassName.get("java.util", "UUID"), v);
      case BYTES -> CodeBlock.of("$S.getBytes($T.UTF_8)", f.defaultValue(),
          ClassName.get("java.nio.charset", "StandardCharsets"));
      case ENUM -> CodeBlock.of("$T.$L", f.javaType(), v);
      case TIME -> CodeBlock.of("$T.parse($S)", ClassName.get("java.time", "LocalTime"), v);
      case OFFSET_DATETIME -> CodeBlock.of("$T.parse($S)", ClassName.get("java.time", "OffsetDateTime"), v);
      case DURATION -> CodeBlock.of("$T.parse($S)", ClassName.get("java.time", "Duration"), v);
      case JSON -> CodeBlock.of("$S", f.defaultValue());
    };
  }
}
