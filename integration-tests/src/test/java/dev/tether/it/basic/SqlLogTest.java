package dev.tether.it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statement log as java.util.logging (the {@code System.Logger} default) receives it: every
 * statement at DEBUG (FINE) on {@code dev.tether.sql}; those over the threshold at WARNING on
 * {@code dev.tether.sql.slow}, with parameters and time.
 */
class SqlLogTest {
  final Logger sql = Logger.getLogger("dev.tether.sql");
  final Logger slow = Logger.getLogger("dev.tether.sql.slow");
  final List<LogRecord> records = new CopyOnWriteArrayList<>();
  final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      records.add(r);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  Level sqlLevel;
  Database db;

  @BeforeEach
  void open() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    sqlLevel = sql.getLevel();
    sql.addHandler(handler);
  }

  @AfterEach
  void close() {
    sql.removeHandler(handler);
    sql.setLevel(sqlLevel);
    db.close();
  }

  List<String> messages(String logger, Level level) {
    SimpleFormatter f = new SimpleFormatter();
    return records.stream().filter(r -> r.getLoggerName().equals(logger) && r.getLevel().equals(level))
        .map(f::formatMessage).toList();
  }

  void create(String headline) {
    Entry.objects.create(e -> {
      e.headline = headline;
      e.pubDate = LocalDate.of(2010, 1, 1);
    });
  }

  @Test
  void everyStatementIsLoggedAtDebugWithParametersAndTime() {
    create("unlogged");
    assertEquals(List.of(), messages("dev.tether.sql", Level.FINE), "DEBUG is off by default");
    sql.setLevel(Level.FINE);
    create("logged");
    List<String> lines = messages("dev.tether.sql", Level.FINE);
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("\\([0-9.,]+ ms\\) INSERT INTO .*basic_entry.*\\[logged, 2010-01-01.*\\]"),
        lines.get(0));
  }

  @Test
  void statementsOverTheThresholdAreLoggedAsSlow() {
    create("before");
    assertEquals(List.of(), messages("dev.tether.sql.slow", Level.WARNING), "off by default");
    db.slowQueryThreshold(Duration.ofHours(1));
    create("fast");
    assertEquals(List.of(), messages("dev.tether.sql.slow", Level.WARNING));
    db.slowQueryThreshold(Duration.ofNanos(1));
    Entry.objects.filter(Entry_.headline.eq("fast")).count();
    List<String> lines = messages("dev.tether.sql.slow", Level.WARNING);
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("\\([0-9.,]+ ms, threshold 0 ms\\) SELECT COUNT\\(\\*\\) .*\\[fast\\]"), lines.get(0));
    db.slowQueryThreshold(null);
    create("after");
    assertEquals(1, messages("dev.tether.sql.slow", Level.WARNING).size());
  }
}
