package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tether.processor.model.ConditionParser;
import dev.tether.processor.model.ConstraintInfo;
import dev.tether.processor.model.ConstraintNames;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The {@code constraints()} of a model's {@code Meta} declaring {@code @Unique}, {@code @Index}
 * or {@code @Check}: Django's {@code Meta.constraints} and {@code Meta.indexes}, with each index
 * named and each condition in the normal form the checks accepted.
 */
final class ConstraintWriter {
  private static final ClassName TABLE_CONSTRAINT = ClassName.get(Runtime.PKG + ".meta", "TableConstraint");

  private ConstraintWriter() {}

  static void add(TypeSpec.Builder t, ModelInfo m) {
    if (m.constraints().isEmpty()) {
      return;
    }
    Map<String, FieldInfo> columns = new LinkedHashMap<>();
    for (FieldInfo f : m.columns()) {
      columns.put(f.name(), f);
    }
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class).indent();
    boolean first = true;
    for (ConstraintInfo c : m.constraints()) {
      String condition = c.condition() == null ? null : ConditionParser.normalize(c.condition(), columns);
      list.add(first ? "\n" : ",\n");
      first = false;
      switch (c.kind()) {
        case CHECK -> list.add("$T.check($S, $S)", TABLE_CONSTRAINT, c.name(), condition);
        case UNIQUE, INDEX -> {
          list.add("$T.$L($S, $S", TABLE_CONSTRAINT, c.kind() == ConstraintInfo.Kind.UNIQUE ? "unique" : "index",
              ConstraintNames.of(m, c), condition);
          for (String f : c.fields()) {
            list.add(", $S", f);
          }
          list.add(")");
        }
      }
    }
    list.unindent().add(")");
    ParameterizedTypeName type = ParameterizedTypeName.get(ClassName.get(List.class), TABLE_CONSTRAINT);
    t.addField(FieldSpec.builder(type, "CONSTRAINTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(list.build()).build());
    t.addMethod(MethodSpec.methodBuilder("constraints").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(type).addStatement("return CONSTRAINTS").build());
  }
}
