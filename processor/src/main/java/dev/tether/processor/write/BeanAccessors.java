package dev.tether.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import dev.tether.processor.model.ScalarType;
import dev.tether.processor.naming.Names;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.ElementFilter;

/**
 * The JavaBeans accessors of the generated base, so that code in any package (and Jackson, Spring
 * binding, templates) reads and writes a model's fields: {@code getFirstName()}/{@code setFirstName(v)}
 * ({@code isX()} for a {@code boolean}); for a foreign key or one-to-one {@code getReporter()} (which
 * loads like {@code reporter()}), {@code setReporter(r)} and {@code getReporterId()} (beside the
 * existing {@code setReporterId(k)}). A many-to-many has none: its manager is not a value.
 *
 * <p>A method the model declares itself with the same name and number of parameters wins: the base
 * then leaves that accessor out (the user's {@code getEmail()} may normalise, or return another type).
 * That is the only fact read from the model's element, which is kept as the origin of the files.
 */
final class BeanAccessors {
  private static final Modifier[] PUBLIC_FINAL = {Modifier.PUBLIC, Modifier.FINAL};

  private BeanAccessors() {}

  static void add(TypeSpec.Builder t, ModelInfo m) {
    Set<String> declared = declaredMethods(m);
    ClassName model = m.className();
    for (FieldInfo f : m.fields()) {
      Relation r = f.relation();
      if (r != null && r.kind() == Relation.Kind.MANY_TO_MANY) {
        continue;
      }
      String name = f.name();
      // the implicit key is a field of the base itself; the others are the model's
      CodeBlock target = f.isImplicitKey() ? CodeBlock.of("this") : CodeBlock.of("(($T) this)", model);
      TypeName type = f.isImplicitKey() ? Types.keyType(m) : f.javaType();
      String getter = Names.getter(name, f.type() == ScalarType.BOOLEAN && f.primitive() && r == null);
      if (!declared.contains(getter + "/0")) {
        t.addMethod(MethodSpec.methodBuilder(getter).addModifiers(PUBLIC_FINAL).returns(type)
            .addJavadoc(r != null ? "Bean getter: {@link #$N()}.\n" : f.primaryKey() ? "Bean getter of {@code $N}.\n"
                : "Bean getter of {@code $N}; loads it first (one query) if {@code only()}/{@code defer()} left it unread.\n",
                name)
            .addCode(r != null ? CodeBlock.of("return $N();\n", name)
                : f.primaryKey() ? CodeBlock.of("return $L.$N;\n", target, name)
                : CodeBlock.of("$T.META.loadDeferred(($T) this, $S);\nreturn $L.$N;\n", m.lookupName(), model, name,
                    target, name))
            .build());
      }
      if (!declared.contains(Names.setter(name) + "/1")) {
        t.addMethod(MethodSpec.methodBuilder(Names.setter(name)).addModifiers(PUBLIC_FINAL)
            .addParameter(type, name)
            .addJavadoc("Bean setter of {@code $N}.\n", name)
            .addStatement("$L.$N = $N", target, name, name).build());
      }
      String display = name + "Display";
      if (f.choices() != null && !declared.contains(display + "/0")) {
        t.addMethod(MethodSpec.methodBuilder(display).addModifiers(PUBLIC_FINAL).returns(String.class)
            .addJavadoc("The label of {@code $N}'s value, null when it is null: Django's {@code get_$L_display()}.\n",
                name, Names.snake(name))
            .addStatement("return $T.$N.label($L.$N)", m.lookupName(), LookupWriter.choicesName(f), target, name)
            .build());
      }
      String keyGetter = Names.getter(Names.keyAccessor(name), false);
      if (r != null && !declared.contains(keyGetter + "/0")) {
        TypeName key = Types.boxed(f);
        t.addMethod(MethodSpec.methodBuilder(keyGetter).addModifiers(PUBLIC_FINAL).returns(key)
            .addJavadoc("Bean getter: {@link #$N()}.\n", Names.keyAccessor(name))
            .addStatement("return $N()", Names.keyAccessor(name)).build());
      }
    }
  }

  /** {@code name/arity} of every method the model declares. */
  private static Set<String> declaredMethods(ModelInfo m) {
    Set<String> names = new HashSet<>();
    for (ExecutableElement e : ElementFilter.methodsIn(m.element().getEnclosedElements())) {
      names.add(e.getSimpleName() + "/" + e.getParameters().size());
    }
    return names;
  }
}
