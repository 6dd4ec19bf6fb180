package dev.tether.processor.write;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The lifecycle hooks of a generated base: protected, empty, for the model to override. Django's
 * model signals, as methods.
 */
final class Hooks {
  private Hooks() {}

  static void add(TypeSpec.Builder t) {
    t.addMethod(MethodSpec.methodBuilder("beforeSave").addModifiers(Modifier.PROTECTED)
        .addJavadoc("Called by {@link #save()} (and so by {@code objects.create()} and the related managers'\n"
            + "{@code create()}/{@code add(false, ...)}) before the row is written; may change fields. Django's\n"
            + "{@code pre_save}. Not called by {@code bulkCreate}, {@code update()} or {@code bulkUpdate}.\n")
        .build());
    t.addMethod(MethodSpec.methodBuilder("afterSave").addModifiers(Modifier.PROTECTED)
        .addParameter(boolean.class, "created")
        .addJavadoc("Called by {@link #save()} once the row is written, in its transaction if any;\n"
            + "{@code created} when it was inserted. Django's {@code post_save}. Not called by\n"
            + "{@code bulkCreate}, {@code update()} or {@code bulkUpdate}.\n")
        .build());
    t.addMethod(MethodSpec.methodBuilder("beforeDelete").addModifiers(Modifier.PROTECTED)
        .addJavadoc("Called before this row is deleted, by {@link #delete()} or by a delete that cascades to\n"
            + "it, before any row of that delete goes. Django's {@code pre_delete}. Overriding it makes\n"
            + "deletes fetch this model's rows instead of deleting them by one query.\n")
        .build());
    t.addMethod(MethodSpec.methodBuilder("afterDelete").addModifiers(Modifier.PROTECTED)
        .addJavadoc("Called once every row of the delete that removed this one is gone, in its transaction.\n"
            + "Django's {@code post_delete}. Overriding it makes deletes fetch this model's rows.\n")
        .build());
  }
}
