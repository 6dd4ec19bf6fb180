package dev.tether.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.tether.processor.Tether.assertCleanCompile;
import static dev.tether.processor.Tether.assertOnlyError;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.model;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code @ManyToMany(through, throughFields)} (Django's {@code through=}, {@code through_fields=}):
 * what compiles and what it generates, and E330-E337 on the field, as Django's fields.E331-E339.
 */
class ThroughErrorsTest {
  private static final JavaFileObject PERSON = model("Person", "String name;");

  private static JavaFileObject group(String m2m) {
    return model("Group", "String name;\n" + m2m + "\nList<Person> members;");
  }

  private static JavaFileObject membership(String keys) {
    return model("Membership", keys + "\n@Field(nullable = true)\nString inviteReason;");
  }

  private static final String BOTH_KEYS = "@ForeignKey(onDelete = OnDelete.CASCADE)\nPerson person;\n"
      + "@ForeignKey(onDelete = OnDelete.CASCADE)\nGroup group;";

  private static String generated(Compilation c, String file) throws java.io.IOException {
    return c.generatedFile(StandardLocation.SOURCE_OUTPUT, "test", file).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void throughModelCompilesCleanAndUsesItsKeys() throws Exception {
    Compilation c = compile(PERSON, group("@ManyToMany(through = Membership.class)"), membership(BOTH_KEYS));
    assertCleanCompile(c);
    String lookups = generated(c, "Group_.java");
    assertThat(lookups).contains("ManyToManyMeta.<Group, Person>through(\"Group\", \"members\",\n"
        + "    () -> Membership_.GROUP, () -> Membership_.PERSON)");
    assertThat(generated(c, "GroupModel.java")).contains("public final ThroughManager<Person, Membership> members()");
    assertThat(generated(c, "GroupModel.java")).contains("Group_.MEMBERS.forward((Group) this, Membership_.META)");
    assertThat(generated(c, "PersonModel.java")).contains("public final ThroughManager<Group, Membership> groupSet()");
    // the through model's keys are its own relations: Person's incoming list names them once
    String person = generated(c, "Person_.java");
    assertThat(person).contains("() -> List.of(Membership_.PERSON)");
    assertThat(person).doesNotContain("targetKey()");
  }

  @Test
  void throughFieldsChooseAmongSeveralKeys() throws Exception {
    JavaFileObject invitation = model("Membership", BOTH_KEYS
        + "\n@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"invitationsSent\")\nPerson inviter;");
    Compilation c = compile(PERSON,
        group("@ManyToMany(through = Membership.class, throughFields = {\"group\", \"person\"})"), invitation);
    assertCleanCompile(c);
    assertThat(generated(c, "Group_.java")).contains("() -> Membership_.GROUP, () -> Membership_.PERSON)");
  }

  @Test
  void aOneWaySelfRelationHasReverseNames() throws Exception {
    JavaFileObject p = model("Person", "String name;\n@ManyToMany(symmetrical = false, relatedName = \"followers\")\n"
        + "List<Person> follows;\n@ManyToMany\nList<Person> friends;");
    Compilation c = compile(p);
    assertCleanCompile(c);
    String lookups = generated(c, "Person_.java");
    assertThat(lookups).contains("\"from_person_id\", SqlType.LONG, () -> Person_.META,\n"
        + "    \"to_person_id\", SqlType.LONG, () -> Person_.META)\n    .related(\"followers\", \"followers\")\n"
        + "    .build()");
    assertThat(lookups).contains(".related(\"personSet\", \"person\").symmetrical()");
    assertThat(generated(c, "PersonModel.java")).contains("public final ManyRelatedManager<Person> followers()");
  }

  @Test
  void e330ThroughIsNotAModel() {
    JavaFileObject plain = Tether.source("test.Plain", "package test;\npublic class Plain {}\n");
    JavaFileObject g = group("@ManyToMany(\nthrough = Plain.class)");
    assertOnlyError(compile(PERSON, g, plain), "[TETHER-E330] through of members names test.Plain, which is not a"
        + " @Model", g, "through = Plain.class");
  }

  @Test
  void e331ThroughFieldsWithoutThrough() {
    JavaFileObject g = group("@ManyToMany(\nthroughFields = {\"group\", \"person\"})");
    assertOnlyError(compile(PERSON, g), "[TETHER-E331] throughFields of members needs a through model", g,
        "throughFields");
  }

  @Test
  void e331ThroughFieldsNotTwo() {
    JavaFileObject g = group("@ManyToMany(through = Membership.class,\nthroughFields = {\"group\"})");
    assertOnlyError(compile(PERSON, g, membership(BOTH_KEYS)), "[TETHER-E331] throughFields of members names 1"
        + " fields, not 2", g, "throughFields");
  }

  @Test
  void e332ThroughWithoutAKeyToOneSide() {
    JavaFileObject g = group("@ManyToMany(\nthrough = Membership.class)");
    JavaFileObject m = membership("@ForeignKey(onDelete = OnDelete.CASCADE)\nGroup group;");
    assertOnlyError(compile(PERSON, g, m), "[TETHER-E332] Group.members goes through Membership, which has no"
        + " @ForeignKey to Person", g, "through = Membership.class");
  }

  @Test
  void e333SeveralKeysToOneSide() {
    JavaFileObject g = group("@ManyToMany(\nthrough = Membership.class)");
    JavaFileObject m = membership(BOTH_KEYS
        + "\n@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"invitationsSent\")\nPerson inviter;");
    assertOnlyError(compile(PERSON, g, m), "[TETHER-E333] Group.members goes through Membership, which has 2"
        + " foreign keys to Person (person, inviter), so the relation's key is ambiguous", g,
        "through = Membership.class");
  }

  @Test
  void e333SelfRelationWithThreeKeys() {
    JavaFileObject p = model("Person", "String name;\n@ManyToMany(\nthrough = Friendship.class)\nList<Person> friends;");
    JavaFileObject f = model("Friendship", "@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"a\")\nPerson a;\n"
        + "@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"b\")\nPerson b;\n"
        + "@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"c\")\nPerson c;");
    assertOnlyError(compile(p, f), "[TETHER-E333] Person.friends goes through Friendship, which has 3 foreign keys"
        + " to Person (a, b, c), so the relation's two keys are ambiguous", p, "through = Friendship.class");
  }

  @Test
  void e334ThroughFieldsNamesNoField() {
    JavaFileObject g = group("@ManyToMany(through = Membership.class,\nthroughFields = {\"group\", \"member\"})");
    assertOnlyError(compile(PERSON, g, membership(BOTH_KEYS)), "[TETHER-E334] throughFields of members names"
        + " \"member\", which is no field of Membership", g, "throughFields");
  }

  @Test
  void e335ThroughFieldsNamesAKeyToTheWrongModel() {
    JavaFileObject g = group("@ManyToMany(through = Membership.class,\nthroughFields = {\"person\", \"group\"})");
    Compilation c = compile(PERSON, g, membership(BOTH_KEYS));
    assertThat(c.errors()).hasSize(2);
    assertOnlyErrorContaining(c, "[TETHER-E335] throughFields of members names Membership.person, which is not a"
        + " @ForeignKey to Group", g);
  }

  @Test
  void e335ThroughFieldsNamesAScalar() {
    JavaFileObject g = group("@ManyToMany(through = Membership.class,\nthroughFields = {\"group\", \"inviteReason\"})");
    assertOnlyError(compile(PERSON, g, membership(BOTH_KEYS)), "[TETHER-E335] throughFields of members names"
        + " Membership.inviteReason, which is not a @ForeignKey to Person", g, "throughFields");
  }

  @Test
  void e337ThroughIsOneOfTheSides() {
    JavaFileObject g = model("Group", "String name;\n@ForeignKey(onDelete = OnDelete.CASCADE, relatedName = \"owned\")\nPerson owner;\n"
        + "@ManyToMany(\nthrough = Group.class)\nList<Person> members;");
    assertOnlyError(compile(PERSON, g), "[TETHER-E337] Group.members goes through Group, one of the two models it"
        + " relates", g, "through = Group.class");
  }

  private static void assertOnlyErrorContaining(Compilation c, String message, JavaFileObject file) {
    com.google.testing.compile.CompilationSubject.assertThat(c).hadErrorContaining(message).inFile(file)
        .onLineContaining("throughFields");
  }
}
