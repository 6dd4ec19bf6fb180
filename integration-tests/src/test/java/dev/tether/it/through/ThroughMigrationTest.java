package dev.tether.it.through;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.internal.dialect.Dialects;
import dev.tether.internal.migrate.Autodetector;
import dev.tether.internal.migrate.CreateModel;
import dev.tether.internal.migrate.Migration;
import dev.tether.internal.migrate.MigrationSql;
import dev.tether.internal.migrate.Operation;
import dev.tether.internal.migrate.ProjectState;
import dev.tether.it.Raw;
import dev.tether.it.TestDatabases;
import dev.tether.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Migrations of a many-to-many through a model: no join table is made for it (Django makes none
 * for {@code through=}), the through model is created as any model, after both models it points at.
 */
class ThroughMigrationTest {
  private static final List<ModelMeta<?>> MODELS = List.of(Group_.META, Person_.META, Membership_.META,
      CustomMembership_.META, TestNoDefaultsOrNulls_.META);

  @Test
  void noJoinTableAndTheThroughModelAfterBothSides() {
    ProjectState state = ProjectState.of(MODELS);
    assertNull(state.model(ProjectState.key(Group_.META)).field("members"), "no field state for a through relation");
    List<Operation> ops = Autodetector.diff(ProjectState.EMPTY, state, Map.of()).operations();
    List<String> created = new ArrayList<>();
    for (Operation op : ops) {
      if (op instanceof CreateModel c) {
        created.add(c.model().table());
      }
    }
    assertEquals(5, created.size(), created.toString());
    assertTrue(created.indexOf("m2m_through_membership") > created.indexOf("m2m_through_group"), created.toString());
    assertTrue(created.indexOf("m2m_through_membership") > created.indexOf("m2m_through_person"), created.toString());
    List<Migration> migration = List.of(new Migration("0001_initial", ops, "", "test"));
    for (String url : List.of("jdbc:sqlite:", "jdbc:postgresql:", "jdbc:mariadb:")) {
      List<String> sql = MigrationSql.statements(Dialects.forUrl(url), migration, 0, false, false);
      assertTrue(sql.stream().anyMatch(s -> s.startsWith("CREATE TABLE") && s.contains("m2m_through_membership")),
          url + ": " + sql);
      assertFalse(sql.stream().anyMatch(s -> s.contains("m2m_through_group_members")
          || s.contains("m2m_through_group_custom_members")), url + ": " + sql);
    }
  }

  @Test
  void migrateCreatesNoJoinTable() {
    Database db = TestDatabases.open();
    try {
      db.migrate();
      assertEquals(0, Raw.number(db, "SELECT COUNT(*) FROM m2m_through_membership"));
      for (String join : List.of("m2m_through_group_members", "m2m_through_event_invitees",
          "m2m_through_personselfrefm2m_sym_friends")) {
        assertThrowsOnMissingTable(db, join);
      }
    } finally {
      db.close();
    }
  }

  private static void assertThrowsOnMissingTable(Database db, String table) {
    boolean exists;
    try {
      Raw.number(db, "SELECT COUNT(*) FROM " + table);
      exists = true;
    } catch (AssertionError expected) { // Raw's failure: no such table
      exists = false;
    }
    assertFalse(exists, table + " exists");
  }
}
