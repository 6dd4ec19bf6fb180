package dev.tether.processor.diag;

import dev.tether.processor.naming.Names;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.tools.Diagnostic;

/**
 * Every message the processor reports, one method each, on the element at fault (and its
 * annotation and value when there is one). Each opens with a stable code, {@code TETHER-E304},
 * and ends with what to write instead. Codes by family: E1xx the model class (E101 supertype,
 * E102 kind of class, E103 constructor, E104 generated names taken by another model, E105 its
 * table name, E106/E107 abstract bases), E2xx its fields (E212 a column name), E3xx relations (E312
 * a target an earlier round wrote, E313 a join table name, E314 a base's relatedName, E315 a target
 * without generated code), E4xx across models, E6xx the build around the models (E601 a module that
 * does not provide its registry), E9xx the
 * processor itself; Wxxx are warnings. A code is never reused for another fault.
 */
public final class Diagnostics {
  private final Reporter reporter;

  public Diagnostics(Messager messager) {
    this.reporter = new Reporter(messager);
  }

  /** Diagnostics that print nothing: for reading models compiled elsewhere, already checked there. */
  public static Diagnostics silent() {
    return new Diagnostics(null);
  }

  /**
   * Drops messages on these models: they were read from class files, and what is wrong with them
   * was reported when they were compiled.
   */
  public void quiet(java.util.Collection<String> models) {
    reporter.quiet(models);
  }

  public boolean hasErrors() {
    return reporter.anyError();
  }

  /** Whether an error was reported on the model of this qualified name or one of its members. */
  public boolean hasErrors(String model) {
    return reporter.hasErrors(model);
  }

  // ---- the messages ----

  public void wrongSupertype(TypeElement model, String found) {
    String base = model.getSimpleName() + "Model";
    error(model, null, null, "E101", model.getSimpleName() + " must extend its generated base "
        + base + (found == null ? "" : ", not " + found), "write `class " + model.getSimpleName()
        + " extends " + base + "`");
  }

  public void notAClass(TypeElement model, String what) {
    String hint = "put @Model on a top-level or static nested, non-abstract, non-generic class";
    if (what.startsWith("a record")) {
      String name = model.getSimpleName().toString();
      hint = "declare the model as a class, `@Model class " + name + " extends " + name + "Model` with non-final fields"
          + " (Tether loads rows into it and sets them); a record without @Model can still be a read model: the"
          + " type a query's values are copied or projected into";
    } else if (what.equals("an abstract class")) {
      hint = "for a base holding fields that several models share, write @AbstractModel instead and name it in"
          + " @Model(inherits = ...); otherwise drop `abstract`";
    }
    error(model, null, null, "E102", "@Model cannot be used on " + what, hint);
  }

  public void privateNestedModel(TypeElement model) {
    error(model, null, null, "E102", "@Model cannot be used on a private nested class: the generated code beside it"
        + " cannot reach it", "drop `private` from " + nestedName(model) + " and the classes around it (package-private,"
        + " protected or public all work)");
  }

  /** A second model of one simple name in one package: nested models' generated classes are top-level. */
  public void sameGeneratedNames(TypeElement model, String base, String lookup, String other) {
    error(model, null, null, "E104", nestedName(model) + " would generate " + base + " and " + lookup
        + ", as " + other + " does (the generated classes of a nested model are top-level in its package)",
        "rename one of the two models, or move one to another package");
  }

  public void notAnAbstractModel(TypeElement model, AnnotationMirror a, AnnotationValue v, String named) {
    error(model, a, v, "E106", model.getSimpleName() + " inherits " + named + ", which is not an @AbstractModel",
        "annotate " + named + " with @AbstractModel (a model with a table cannot be inherited), or drop inherits");
  }

  public void abstractModelShape(TypeElement base, String what) {
    error(base, null, null, "E107", "@AbstractModel cannot be used on " + what,
        "put @AbstractModel on a top-level or static nested, non-generic class extending its generated base,"
        + " without @Model");
  }

  public void noConstructor(TypeElement model) {
    error(model, null, null, "E103", model.getSimpleName() + " has no constructor without arguments that "
        + "Tether can call", "add `" + model.getSimpleName() + "() {}` (it may be package-private)");
  }

  public void privateField(Element field) {
    error(field, null, null, "E201", "model field " + field.getSimpleName()
        + " is private; the generated base reads and writes it", "drop `private` (package-private, protected"
        + " or public all work; code in other packages uses the generated " + Names.getter(field.getSimpleName()
        .toString(), field.asType().getKind() == TypeKind.BOOLEAN) + "()/" + Names.setter(field.getSimpleName().toString()) + "()), or mark it"
        + " `transient` if it is not a column");
  }

  public void finalField(Element field) {
    error(field, null, null, "E202", "model field " + field.getSimpleName()
        + " is final; Tether assigns it when reading rows", "drop `final`, or mark it `static`/`transient`"
        + " if it is not a column");
  }

  public void unsupportedType(Element field, String type, String supported) {
    error(field, null, null, "E203", "Tether cannot store field " + field.getSimpleName() + " of type "
        + type, "use one of " + supported + ", a relation to a @Model class, or mark it `transient`");
  }

  /** A field of a model type (or a List/Set of one) without the annotation saying which relation it is. */
  public void modelWithoutRelation(Element field, String type, boolean collection) {
    error(field, null, null, "E203", "Tether cannot store field " + field.getSimpleName() + " of type " + type
        + " without a relation annotation", collection ? "annotate it @ManyToMany, or mark it `transient`"
        : "annotate it @ForeignKey(onDelete = ...) or @OneToOne(onDelete = ...), or mark it `transient`");
  }

  public void nullablePrimitive(Element field, AnnotationMirror a, AnnotationValue v, String boxed) {
    error(field, a, v, "E204", "field " + field.getSimpleName() + " is primitive and cannot be null",
        "declare it as " + boxed + " to allow NULL, or remove nullable = true");
  }

  /** A field whose name the generated code of {@code model} already uses (see {@code Names.fieldClash}). */
  public void reservedName(Element field, Names.Clash clash, String model) {
    String name = field.getSimpleName().toString();
    String member = switch (clash) {
      case BASE -> "the generated member " + name + "()";
      case OBJECT -> "Object." + name + "(), which its accessor " + model + "Model." + name + "() would override";
      case PATH -> "ModelPath." + name + "(), which its lookup hop " + model + "_.Path." + name + "() would override";
      case LOOKUP -> "the generated constant " + model + "_." + Names.constant(name);
    };
    error(field, null, null, "E205", "field " + name + " clashes with " + member, "rename the field");
  }

  public void sameConstant(Element field, String constant, String other) {
    error(field, null, null, "E205", "field " + field.getSimpleName() + " would generate the constant " + constant
        + ", as field " + other + " does", "rename one of the two fields");
  }

  public void columnClash(Element field, String column, String other) {
    error(field, null, null, "E206", "field " + field.getSimpleName() + " maps to column " + column
        + ", as field " + other + " does", "rename one field or set @Field(column = \"...\")");
  }

  /** {@code @OneToOne(nullable = true) @PrimaryKey}: Django's fields.E007. */
  public void nullableKeyRelation(Element field, AnnotationMirror a, AnnotationValue v) {
    error(field, a, v, "E320", "@OneToOne @PrimaryKey " + field.getSimpleName() + " is the primary key and cannot be"
        + " nullable", "drop nullable = true, or drop @PrimaryKey and keep a separate key");
  }

  /** A {@code toField} naming no field of the target. */
  public void unknownToField(Element field, AnnotationMirror a, AnnotationValue v, String target, String name) {
    error(field, a, v, "E321", "toField = \"" + name + "\" of " + field.getSimpleName() + " names no field of "
        + target, "name a unique field of " + target + ", or drop toField to store its primary key");
  }

  /** A {@code toField} on a key to a model compiled elsewhere, whose fields this compilation cannot see. */
  public void toFieldOutsideCompilation(Element field, AnnotationMirror a, AnnotationValue v, String target) {
    error(field, a, v, "E323", "toField of " + field.getSimpleName() + " points into " + target + ", which another"
        + " compilation compiled: its fields are not known here", "compile " + target + " with this model, or drop"
        + " toField to store its primary key");
  }

  /** A {@code toField} naming a field that is not unique: Django's fields.E311. */
  public void toFieldNotUnique(Element field, AnnotationMirror a, AnnotationValue v, String target, String name) {
    error(field, a, v, "E322", "toField = \"" + name + "\" of " + field.getSimpleName() + " names " + target + "."
        + name + ", which is not unique", "declare it @Field(unique = true) in " + target
        + ", or drop toField to store its primary key");
  }

  public void twoPrimaryKeys(Element field, String first) {
    error(field, null, null, "E207", "a model has one primary key, but " + field.getSimpleName()
        + " and " + first + " are both @PrimaryKey", "keep @PrimaryKey on one field");
  }

  public void idNotKey(Element field) {
    error(field, null, null, "E208", "field id clashes with the implicit primary key id",
        "mark it @PrimaryKey to make it the key, or rename it");
  }

  public void badDefault(Element field, AnnotationMirror a, AnnotationValue v, String type, String why) {
    error(field, a, v, "E209", "defaultValue of " + field.getSimpleName() + " is not a valid " + type
        + ": " + why, "write a literal such as " + example(type));
  }

  public void badDefaultKey(Element field, AnnotationMirror a, AnnotationValue v, String target, String keyType,
      String why) {
    error(field, a, v, "E209", "defaultValue of " + field.getSimpleName() + " is not a valid key of " + target
        + " (" + keyType + "): " + why, "write the key of the " + target + " to point at, such as "
        + example(keyType));
  }

  public void badOrdering(TypeElement model, AnnotationMirror a, AnnotationValue v, String name) {
    error(model, a, v, "E210", "ordering names no field of " + model.getSimpleName() + ": " + name,
        "use a Java field name, with - for descending: \"-pubDate\"");
  }

  public void unsupportedKeyType(Element field, String type) {
    error(field, null, null, "E211", "a primary key cannot be of type " + type,
        "use long, int, String or UUID for @PrimaryKey");
  }

  public void notAModel(Element field, String annotation, String type) {
    error(field, null, null, "E301", "@" + annotation + " on " + field.getSimpleName() + " points at " + type
        + ", which is not a @Model class", "annotate " + type + " with @Model, or point at a model");
  }

  public void accessorClashesWithField(Element field, AnnotationMirror a, String accessor, String target) {
    error(field, a, null, "E302", "reverse accessor " + accessor + "() for " + owner(field) + " clashes with"
        + " field " + target + "." + accessor, "add or change relatedName on " + owner(field));
  }

  public void queryNameClashesWithField(Element field, AnnotationMirror a, String name, String target) {
    error(field, a, null, "E303", "reverse query name " + name + "() for " + owner(field) + " clashes with"
        + " field " + target + "." + name, "add or change relatedName on " + owner(field));
  }

  public void accessorClash(Element field, AnnotationMirror a, String accessor, String other) {
    error(field, a, null, "E304", "reverse accessor " + accessor + "() for " + owner(field) + " clashes with"
        + " reverse accessor for " + other, "add or change relatedName on " + owner(field) + " or " + other);
  }

  public void queryNameClash(Element field, AnnotationMirror a, String name, String other) {
    error(field, a, null, "E305", "reverse query name " + name + "() for " + owner(field)
        + " clashes with reverse query name for " + other, "add or change relatedName on " + owner(field)
        + " or " + other);
  }

  public void badRelatedName(Element field, AnnotationMirror a, AnnotationValue v, String name) {
    error(field, a, v, "E306", "relatedName \"" + name + "\" is not a Java identifier",
        "use a lower-camel name such as \"posts\", or \"+\" for no reverse accessor");
  }

  /** Django's default reverse name of a model named like a keyword ({@code Case} → {@code case()}). */
  public void defaultNameIsKeyword(Element field, AnnotationMirror a, String name) {
    error(field, a, null, "E306", "the default reverse name " + name + "() for " + owner(field)
        + " is a Java keyword", "add relatedName = \"...\" on " + owner(field) + ", such as \"" + name + "s\"");
  }

  public void badManyToMany(Element field, String type) {
    error(field, null, null, "E307", "@ManyToMany field " + field.getSimpleName() + " has type " + type,
        "declare it as List<T> or Set<T> of a @Model class T");
  }

  public void setNullNotNullable(Element field, AnnotationMirror a, AnnotationValue v) {
    error(field, a, v, "E308", "onDelete = SET_NULL on " + field.getSimpleName() + ", which is not nullable",
        "add nullable = true, or choose another onDelete");
  }

  public void setDefaultWithoutDefault(Element field, AnnotationMirror a, AnnotationValue v) {
    error(field, a, v, "E309", "onDelete = SET_DEFAULT on " + field.getSimpleName() + ", which has no default",
        "add defaultValue = \"<key>\", or choose another onDelete");
  }

  public void twoRelationAnnotations(Element field) {
    error(field, null, null, "E310", "field " + field.getSimpleName() + " has more than one of @ForeignKey,"
        + " @OneToOne, @ManyToMany, @PrimaryKey", "keep one");
  }

  /**
   * A reverse name the target's generated code already uses: {@code where} is the base's member
   * ({@code Reporter.save()}, a key accessor) or a lookup path's ({@code Reporter_.Path.node()}).
   * {@code queryName} tells a query name that differs from the accessor.
   */
  public void relationNameClashesWithMember(Element field, AnnotationMirror a, String name, boolean queryName,
      String where) {
    error(field, a, null, "E311", (queryName ? "reverse query name " : "reverse accessor ") + name + "() for "
        + owner(field) + " clashes with the generated member " + where + "." + name + "()",
        "add or change relatedName on " + owner(field));
  }

  /** A relation of a later round to a model whose generated code an earlier round already wrote. */
  public void targetWrittenEarlier(Element field, AnnotationMirror a, String target) {
    error(field, a, null, "E312", owner(field) + " points at " + target + ", whose generated code an earlier"
        + " processing round already wrote, so " + target + " cannot gain the reverse accessor, lookups and"
        + " delete rule of this relation", "declare " + field.getEnclosingElement().getSimpleName() + " and "
        + target + " in the same round: both in hand-written sources, or both generated by one processor"
        + " in one round");
  }

  /** A relation to a model compiled elsewhere whose generated code ({@code X_}, {@code XModel}) is not on the class path. */
  public void targetWithoutGeneratedCode(Element field, AnnotationMirror a, String target, String qualified) {
    String pkg = qualified.contains(".") ? qualified.substring(0, qualified.lastIndexOf('.') + 1) : "";
    error(field, a, null, "E315", owner(field) + " points at " + target + ", which was compiled elsewhere but whose"
        + " generated code (" + pkg + target + "_) is not on the class path, so its key type, lookups and delete"
        + " rules are unknown", "compile the module that declares " + target + " with tether-processor on its"
        + " annotation processor path, and depend on that module's jar or classes (not its sources alone)");
  }

  public void sameTable(TypeElement model, String table, String other) {
    error(model, null, null, "E401", model.getSimpleName() + " maps to table " + table + ", as " + other
        + " does", "set @Model(table = \"...\") on one of them");
  }

  /**
   * E105, E212, E313: a table, column or join table name no supported database can hold as given.
   *
   * @param what {@code table}, {@code column} or {@code join table}
   * @param owner the model ({@code A}) or field ({@code field name}) the name belongs to
   * @param problem why, from {@link dev.tether.processor.check.SqlNameCheck}
   * @param hint what to write instead
   */
  public void unusableSqlName(Element e, AnnotationMirror a, AnnotationValue v, String code, String what,
      String name, String owner, String problem, String hint) {
    error(e, a, v, code, what + " name \"" + name.replace("\0", "\\0") + "\" of " + owner + " cannot be used: "
        + problem, hint);
  }

  public void missingType(TypeElement model, String type) {
    error(model, null, null, "E901", "type " + type + " used by " + model.getSimpleName()
        + " could not be resolved", "check the import, or that the type is compiled");
  }

  public void internalError(TypeElement model, Throwable t) {
    error(model, null, null, "E999", "Tether's processor failed on " + (model == null ? "this round"
        : model.getSimpleName()) + ": " + t, "please report this with the model's source");
  }

  public void inheritedNotPublic(TypeElement model, Element field) {
    error(model, null, null, "E213", model.getSimpleName() + " inherits field " + field.getSimpleName() + " from "
        + field.getEnclosingElement().getSimpleName() + " in another package, where the generated code of "
        + model.getSimpleName() + " cannot reach it", "make " + field.getEnclosingElement().getSimpleName() + "."
        + field.getSimpleName() + " public, or move the base into the package of " + model.getSimpleName());
  }

  public void hidesInherited(Element field, String base) {
    error(field, null, null, "E214", "field " + field.getSimpleName() + " hides the field of the same name that "
        + field.getEnclosingElement().getSimpleName() + " inherits from " + base, "rename the field, or remove it"
        + " from one of the two classes");
  }

  public void autoNowType(Element field, AnnotationMirror a, String type) {
    error(field, a, null, "E215", "autoNow/autoNowAdd on " + field.getSimpleName() + " of type " + type
        + ": only a time can be set to now", "declare it as Instant, LocalDateTime or LocalDate, or drop autoNow");
  }

  public void autoNowConflict(Element field, AnnotationMirror a) {
    error(field, a, null, "E216", "autoNow, autoNowAdd and defaultValue on " + field.getSimpleName()
        + " are mutually exclusive (Django's fields.E160)", "keep only one of them");
  }

  // ---- enums with choices (E240-E247) ----

  public void choicesPartial(Element field, String enumType, String missing) {
    error(field, null, null, "E240", "enum " + enumType + " of field " + field.getSimpleName() + " has @Choice on some"
        + " constants but not on " + missing, "put @Choice(code = ...) or @Choice(number = ...) on every constant, or"
        + " on none (then each is stored by its name)");
  }

  public void choiceWithoutValue(Element field, String enumType, String constant, boolean both) {
    error(field, null, null, "E241", "@Choice on " + enumType + "." + constant + " (field " + field.getSimpleName()
        + ") gives " + (both ? "both a code and a number" : "neither a code nor a number"),
        "write exactly one: @Choice(code = \"...\") for a text column or @Choice(number = ...) for an integer one");
  }

  public void choicesMixed(Element field, String enumType) {
    error(field, null, null, "E242", "enum " + enumType + " of field " + field.getSimpleName() + " mixes text codes"
        + " and numbers, but its column holds one type", "give every constant a code, or every constant a number");
  }

  public void choiceDuplicate(Element field, String enumType, String a, String b, String code) {
    error(field, null, null, "E243", enumType + "." + a + " and " + enumType + "." + b + " (field "
        + field.getSimpleName() + ") are both stored as " + code + ", so a row could not tell them apart",
        "give each constant its own code");
  }

  public void choiceBlank(Element field, String enumType, String constant, String member) {
    error(field, null, null, "E244", "@Choice on " + enumType + "." + constant + " (field " + field.getSimpleName()
        + ") has a blank " + member + (member.equals("code") ? ": it would store an empty string, which reads back as"
        + " NULL on some databases" : ""), member.equals("code") ? "write a non-blank code" : "write a label, or leave"
        + " label out: it is then made from the name");
  }

  public void choicesEmpty(Element field, String enumType) {
    error(field, null, null, "E245", "enum " + enumType + " of field " + field.getSimpleName() + " has no constants,"
        + " so the column could hold no value", "add constants to the enum, or use another type");
  }

  public void sharedRelatedName(Element field, AnnotationMirror a, AnnotationValue v, String name) {
    error(field, a, v, "E314", "relatedName \"" + name + "\" on " + owner(field) + " would be the same for every"
        + " model inheriting " + field.getEnclosingElement().getSimpleName() + ", so their reverse names clash",
        "put {class} or {Class} in it, relatedName = \"{class}s\" (Django's %(class)s): it becomes the model's name");
  }

  public void maxLengthOnNonString(Element field, AnnotationMirror a, AnnotationValue v) {
    warning(field, a, v, "W201", "maxLength on " + field.getSimpleName() + " is ignored: it is not a String",
        "remove maxLength");
  }

  public void uniqueForeignKey(Element field, AnnotationMirror a) {
    warning(field, a, null, "W301", "a unique foreign key " + field.getSimpleName() + " is a one-to-one",
        "use @OneToOne instead of @ForeignKey with @Field(unique = true)");
  }

  // ---- @Unique, @Index, @Check (E130-E142) ----

  public void constraintName(Element model, AnnotationMirror a, AnnotationValue v, String kind, String name,
      String why) {
    error(model, a, v, "E130", "@" + kind + " name \"" + name + "\" " + why, "name it with letters, digits and _,"
        + " starting with a letter, at most 63 characters (PostgreSQL's limit; MariaDB's is 64), such as \""
        + "article_reporter_slug_uniq\"");
  }

  public void constraintEmpty(Element model, AnnotationMirror a, AnnotationValue v, String kind, String what) {
    error(model, a, v, "E131", "@" + kind + " on " + model.getSimpleName() + " has no " + what,
        what.equals("condition") ? "write what every row must satisfy, condition = \"price >= 0\""
            : "list at least one field, fields = {\"reporter\", \"slug\"}");
  }

  public void constraintUnknownField(Element model, AnnotationMirror a, AnnotationValue v, String kind, String field,
      List<String> known) {
    error(model, a, v, "E132", "@" + kind + " names " + field + ", which is not a field of " + model.getSimpleName()
        + " (Django's models.E012)", "name one of " + String.join(", ", known));
  }

  public void constraintOtherModel(Element model, AnnotationMirror a, AnnotationValue v, String kind, String field) {
    error(model, a, v, "E133", "@" + kind + " names " + field + ", a field of another model: a constraint or index"
        + " covers one table (Django's models.E016)", "declare it on that model, or name the relation field itself"
        + " (its key column), \"" + field.substring(0, field.indexOf('.')) + "\"");
  }

  public void constraintManyToMany(Element model, AnnotationMirror a, AnnotationValue v, String kind, String field) {
    error(model, a, v, "E134", "@" + kind + " names " + field + ", a many-to-many, which has no column here"
        + " (Django's models.E013)", "remove " + field + " from fields");
  }

  public void constraintFieldTwice(Element model, AnnotationMirror a, AnnotationValue v, String kind, String field) {
    error(model, a, v, "E135", "@" + kind + " names " + field + " twice", "name each field once");
  }

  public void constraintNameTaken(Element model, AnnotationMirror a, AnnotationValue v, String kind, String name,
      String other) {
    error(model, a, v, "E136", "@" + kind + " name \"" + name + "\" is already used by " + other
        + " (Django's models.E029-E032: names are unique in the database)", "give it another name");
  }

  public void conditionSyntax(Element model, AnnotationMirror a, AnnotationValue v, String kind, String problem) {
    error(model, a, v, "E137", "the condition of @" + kind + " on " + model.getSimpleName() + " is not valid: "
        + problem, "write field names, = != < <= > >=, IS [NOT] NULL, AND, OR, NOT, parentheses and literals:"
        + " condition = \"price >= 0 AND (discount IS NULL OR discount <= price)\"");
  }

  public void conditionUnknownField(Element model, AnnotationMirror a, AnnotationValue v, String kind, String problem,
      List<String> known) {
    error(model, a, v, "E138", "the condition of @" + kind + " on " + model.getSimpleName() + ": " + problem,
        "name one of " + String.join(", ", known));
  }

  public void conditionType(Element model, AnnotationMirror a, AnnotationValue v, String kind, String problem) {
    error(model, a, v, "E139", "the condition of @" + kind + " on " + model.getSimpleName() + ": " + problem,
        "compare a field with a literal of its type ('text', 12, 9.99, true, '2020-01-31') or with a field of the"
        + " same kind");
  }

  public void constraintOnAbstract(Element base, AnnotationMirror a, String kind) {
    error(base, a, null, "E140", "@" + kind + " on @AbstractModel " + base.getSimpleName() + " is not inherited"
        + " (the models would share one name)", "declare it on each model that inherits "
        + base.getSimpleName() + ", with a name of its own");
  }

  public void unnamedPartialIndex(Element model, AnnotationMirror a, AnnotationValue v) {
    error(model, a, v, "E142", "an @Index with a condition on " + model.getSimpleName() + " has no name (Django:"
        + " \"An index must be named to use condition.\")", "add name = \"...\" to the @Index");
  }

  public void uniqueDescending(Element model, AnnotationMirror a, AnnotationValue v, String field) {
    error(model, a, v, "E141", "@Unique field " + field + " has an order, which a unique constraint does not take",
        "write \"" + field.substring(1) + "\" (order belongs to @Index)");
  }

  // ---- wording ----

  private static String owner(Element field) {
    return field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName();
  }

  /** {@code Outer.Inner} for a nested class. */
  private static String nestedName(Element type) {
    Element outer = type.getEnclosingElement();
    return outer instanceof TypeElement t ? nestedName(t) + "." + type.getSimpleName() : type.getSimpleName().toString();
  }

  private static String example(String type) {
    return switch (type) {
      case "LocalDate" -> "\"2020-01-31\"";
      case "LocalDateTime" -> "\"2020-01-31T10:15:30\"";
      case "Instant" -> "\"2020-01-31T10:15:30Z\"";
      case "boolean", "Boolean" -> "\"true\"";
      case "UUID" -> "\"123e4567-e89b-12d3-a456-426614174000\"";
      case "long", "int" -> "\"1\"";
      case "String" -> "\"key\"";
      default -> "\"0\"";
    };
  }

  public void registryNotProvided(Element module, String service, List<String> registries) {
    String with = String.join(", ", registries);
    error(module, null, null, "E601", "module " + ((QualifiedNameable) module).getQualifiedName() + " does not"
        + " provide " + with + ", so Database.migrate() and makemigrations would not see its models (in a"
        + " named module, ServiceLoader ignores META-INF/services)", "add `provides " + service + " with " + with
        + ";` to module-info.java");
  }

  /** {@code through} naming a class that is not a {@code @Model}: Django's fields.E331. */
  public void throughNotAModel(Element field, AnnotationMirror a, AnnotationValue v, String type) {
    error(field, a, v, "E330", "through of " + field.getSimpleName() + " names " + type + ", which is not a @Model",
        "annotate " + type + " with @Model and give it a @ForeignKey to each side, or drop through for a hidden"
        + " join table");
  }

  /** {@code throughFields} without {@code through}, or not naming two fields: Django's fields.E337. */
  public void badThroughFields(Element field, AnnotationMirror a, AnnotationValue v, boolean noThrough, int size) {
    error(field, a, v, "E331", noThrough ? "throughFields of " + field.getSimpleName() + " needs a through model"
        : "throughFields of " + field.getSimpleName() + " names " + size + " fields, not 2",
        noThrough ? "add through = <Model>.class, or drop throughFields"
            : "write throughFields = {\"<key to this model>\", \"<key to the target>\"}");
  }

  /** A through model with no foreign key to one side: Django's fields.E336. */
  public void throughWithoutKey(Element field, AnnotationMirror a, AnnotationValue v, String through, String side) {
    error(field, a, v, "E332", owner(field) + " goes through " + through + ", which has no @ForeignKey to " + side,
        "add a @ForeignKey " + side + " field to " + through);
  }

  /** A through model with several foreign keys to one side and no {@code throughFields}: Django's fields.E333-E335. */
  public void ambiguousThrough(Element field, AnnotationMirror a, AnnotationValue v, String through, String side,
      java.util.List<String> keys, boolean self) {
    error(field, a, v, "E333", owner(field) + " goes through " + through + ", which has " + keys.size()
        + " foreign keys to " + side + " (" + String.join(", ", keys) + "), so the relation's "
        + (self ? "two keys are" : "key is") + " ambiguous",
        "name them: throughFields = {\"<key to " + field.getEnclosingElement().getSimpleName() + ">\", \"<key to the"
        + " target>\"}");
  }

  /** {@code throughFields} naming no relation field of the through model: Django's fields.E338. */
  public void unknownThroughField(Element field, AnnotationMirror a, AnnotationValue v, String through, String name) {
    error(field, a, v, "E334", "throughFields of " + field.getSimpleName() + " names \"" + name + "\", which is no"
        + " field of " + through, "name " + through + "'s @ForeignKey to each side");
  }

  /** {@code throughFields} naming a field that is not a foreign key to the expected side: Django's fields.E339. */
  public void throughFieldWrongTarget(Element field, AnnotationMirror a, AnnotationValue v, String through,
      String name, String side) {
    error(field, a, v, "E335", "throughFields of " + field.getSimpleName() + " names " + through + "." + name
        + ", which is not a @ForeignKey to " + side, "name " + through + "'s @ForeignKey to " + side
        + " (the first name is the key to " + field.getEnclosingElement().getSimpleName() + ", the second the key"
        + " to the target)");
  }

  /** A through model this compilation cannot read (its class is elsewhere without generated code). */
  public void throughUnavailable(Element field, AnnotationMirror a, AnnotationValue v, String through) {
    error(field, a, v, "E336", owner(field) + " goes through " + through + ", whose fields this compilation cannot"
        + " read", "compile " + through + " with this model, or in a module built with tether-processor");
  }

  /** A through model that is one of the relation's own two models. */
  public void throughIsSide(Element field, AnnotationMirror a, AnnotationValue v, String through) {
    error(field, a, v, "E337", owner(field) + " goes through " + through + ", one of the two models it relates",
        "declare a separate @Model with a @ForeignKey to each side");
  }

  // ---- @Convert and @Json (E220-E226) ----

  public void notAConverter(Element field, AnnotationMirror a, String cls, boolean converter) {
    error(field, a, null, "E220", cls + " on " + field.getSimpleName() + " does not implement "
        + (converter ? "dev.tether.Converter" : "dev.tether.JsonCodec"),
        converter ? "write `class X implements Converter<FieldType, ColumnType>` with both types written out"
            : "write `class X implements JsonCodec<FieldType>`, or @Json alone on a String field for raw JSON text");
  }

  public void converterConstructor(Element field, AnnotationMirror a, String cls) {
    error(field, a, null, "E221", cls + " on " + field.getSimpleName() + " cannot be created with `new " + cls
        + "()`: generated code creates it without reflection",
        "make it a public, non-abstract, top-level or static class with a public no-argument constructor");
  }

  public void converterTypeMismatch(Element field, AnnotationMirror a, String cls, String converts, String type,
      boolean primitive) {
    error(field, a, null, "E222", cls + " converts " + converts + ", but field " + field.getSimpleName() + " is "
        + type, primitive ? "declare the field with the boxed type" : "declare the field as " + converts
        + ", or use a converter of " + type);
  }

  public void converterColumnType(Element field, AnnotationMirror a, String cls, String column, String supported) {
    error(field, a, null, "E223", cls + " on " + field.getSimpleName() + " stores " + column
        + ", which is not a column type", "make its second type argument one of " + supported.replace(
            ", enums, @Json fields and @Convert fields", "") + " (boxed)");
  }

  public void convertOnKey(Element field, AnnotationMirror a, String annotation) {
    error(field, a, null, "E224", annotation + " on " + field.getSimpleName()
        + ": a primary key or relation cannot be converted", "remove " + annotation
        + ", or convert a plain field instead");
  }

  public void convertAndJson(Element field, AnnotationMirror a) {
    error(field, a, null, "E225", field.getSimpleName() + " has both @Convert and @Json",
        "keep @Json(Codec.class) for a JSON column, or @Convert for another column type");
  }

  public void rawJsonType(Element field, AnnotationMirror a, String type) {
    error(field, a, null, "E226", "@Json without a codec on " + field.getSimpleName() + " of type " + type
        + ": raw JSON is a String", "declare it String, or name a codec: @Json(" + simple(type) + "Codec.class)");
  }

  public void defaultOnConverted(Element field, AnnotationMirror a, AnnotationValue v) {
    error(field, a, v, "E227", "defaultValue on " + field.getSimpleName()
        + ", whose values go through a converter or codec", "drop defaultValue and initialize the field in Java");
  }

  public void toFieldConverted(Element field, AnnotationMirror a, AnnotationValue v, String target, String name) {
    error(field, a, v, "E228", "toField names " + target + "." + name + ", whose values go through a converter or"
        + " codec: a key column holds plain values", "point toField at a unique field of a type Tether stores itself");
  }

  private static String simple(String type) {
    int i = type.lastIndexOf('.');
    return i < 0 ? type : type.substring(i + 1);
  }

  // ---- composite primary keys, @Model(primaryKey = ...): E120-E127 ----

  /** E120: the key names no column field of the model (unknown, or a many-to-many). */
  public void compositeKeyUnknownField(Element model, AnnotationMirror a, AnnotationValue v, String name,
      List<String> fields) {
    error(model, a, v, "E120", "primaryKey names \"" + name + "\", which is no field with a column of "
        + model.getSimpleName() + " (a many-to-many has none)", "name fields of " + model.getSimpleName()
        + " among " + fields);
  }

  /** E121: a composite key of one field. */
  public void compositeKeyOfOne(Element model, AnnotationMirror a, AnnotationValue v, String name) {
    error(model, a, v, "E121", "primaryKey names only \"" + name + "\": a composite key has two fields or more",
        "mark the field @PrimaryKey instead, or name every field of the key");
  }

  /** E122: a field named twice in the key. */
  public void compositeKeyRepeats(Element model, AnnotationMirror a, AnnotationValue v, String name) {
    error(model, a, v, "E122", "primaryKey names \"" + name + "\" twice", "name each field of the key once");
  }

  /** E123: a nullable field in the key (Django: a primary key cannot be null). */
  public void compositeKeyNullable(Element field, String model, String name) {
    error(field, null, null, "E123", name + " is nullable but is in the composite primary key of " + model
        + ": no column of a primary key may be NULL", "drop nullable = true from " + name);
  }

  /** E124: {@code @PrimaryKey} on a field of a model with a composite key (two keys, or a generated one). */
  public void keyFieldWithPrimaryKey(Element field, String model, String name) {
    error(field, null, null, "E124", "@PrimaryKey on " + name + " but " + model + " declares a composite"
        + " primary key: a model has one key, and no column of a composite key is generated (auto-increment)",
        "remove @PrimaryKey from " + name + " and list it in @Model(primaryKey = ...) if it belongs to the key");
  }

  /** E125: key fields listed out of declaration order (the key's column order is the table's). */
  public void compositeKeyOrder(Element model, AnnotationMirror a, AnnotationValue v, List<String> ordered) {
    error(model, a, v, "E125", "primaryKey lists its fields out of declaration order: the columns of PRIMARY KEY"
        + " (...) and of " + model.getSimpleName() + ".Pk follow the order of the fields in the class",
        "write primaryKey = {\"" + String.join("\", \"", ordered) + "\"} or reorder the fields");
  }

  /** E126: a type that compares by identity or approximately in a key. */
  public void compositeKeyType(Element field, String name, String type) {
    error(field, null, null, "E126", name + " has type " + type + ", which cannot be part of a primary key"
        + " (it does not compare exactly by value)", "use a String, a whole number, a boolean, a date or time, a decimal or a UUID");
  }

  /**
   * E127: a relation pointing at a model with a composite key (Django 5.2 refuses it too:
   * "Composite primary keys are not supported as ForeignKey targets").
   */
  public void relationToCompositeKey(Element field, AnnotationMirror a, String target, String keyFields) {
    error(field, a, null, "E127", owner(field) + " points at " + target + ", whose primary key is composite ("
        + keyFields + "): a relation to a composite key is not supported",
        "store the key's parts as plain fields (and filter with " + target + "_.pk.eq(new " + target
            + ".Pk(...))), or give " + target + " a single-column key with a unique constraint on the pair");
  }

  /** E128: a many-to-many declared on, or pointing at, a model with a composite key. */
  public void manyToManyCompositeKey(Element field, AnnotationMirror a, String model) {
    error(field, a, null, "E128", "@ManyToMany " + field.getSimpleName() + ": " + model + " has a composite"
        + " primary key, and a join table holds one key column per side",
        "declare the link as a model with two @ForeignKey fields to models with single-column keys");
  }

  private void error(Element e, AnnotationMirror a, AnnotationValue v, String code, String message, String hint) {
    reporter.report(Diagnostic.Kind.ERROR, e, a, v, code, message, hint);
  }

  private void warning(Element e, AnnotationMirror a, AnnotationValue v, String code, String message, String hint) {
    reporter.report(Diagnostic.Kind.WARNING, e, a, v, code, message, hint);
  }
}
