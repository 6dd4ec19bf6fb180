package dev.tether.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.ScalarType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The {@code stamp}/{@code unstamp} pair of a model's {@code Meta} when it has {@code autoNow} or
 * {@code autoNowAdd} fields: plain assignments of the save's time, in UTC (Django's
 * {@code DateTimeField.pre_save}).
 */
final class AutoNowWriter {
  private AutoNowWriter() {}

  static void add(TypeSpec.Builder meta, ModelInfo m) {
    List<FieldInfo> auto = new ArrayList<>();
    for (FieldInfo f : m.columns()) {
      if (f.auto() != null) {
        auto.add(f);
      }
    }
    if (auto.isEmpty()) {
      return;
    }
    List<CodeBlock> was = new ArrayList<>();
    MethodSpec.Builder stamp = MethodSpec.methodBuilder("stamp").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(Object[].class).addParameter(m.className(), "o")
        .addParameter(boolean.class, "adding").addParameter(Instant.class, "now");
    MethodSpec.Builder unstamp = MethodSpec.methodBuilder("unstamp").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).addParameter(m.className(), "o").addParameter(Object[].class, "was");
    for (int i = 0; i < auto.size(); i++) {
      FieldInfo f = auto.get(i);
      was.add(CodeBlock.of("o.$N", f.name()));
      unstamp.addStatement("o.$N = ($T) was[$L]", f.name(), f.javaType(), i);
    }
    stamp.addStatement("Object[] was = {$L}", CodeBlock.join(was, ", "));
    for (FieldInfo f : auto) {
      CodeBlock value = value(f.type());
      if (f.auto() == FieldInfo.AutoNow.INSERT) {
        stamp.beginControlFlow("if (adding)").addStatement("o.$N = $L", f.name(), value).endControlFlow();
      } else {
        stamp.addStatement("o.$N = $L", f.name(), value);
      }
    }
    stamp.addStatement("return was");
    meta.addMethod(stamp.build()).addMethod(unstamp.build());
  }

  private static CodeBlock value(ScalarType type) {
    return switch (type) {
      case DATETIME -> CodeBlock.of("$T.ofInstant(now, $T.UTC)", LocalDateTime.class, ZoneOffset.class);
      case DATE -> CodeBlock.of("$T.ofInstant(now, $T.UTC)", LocalDate.class, ZoneOffset.class);
      case OFFSET_DATETIME -> CodeBlock.of("$T.ofInstant(now, $T.UTC)", java.time.OffsetDateTime.class,
          ZoneOffset.class);
      default -> CodeBlock.of("now");
    };
  }
}
