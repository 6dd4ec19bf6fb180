package dev.tether.spring.boot.example;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A bean that reads the database with {@code JdbcTemplate} while the application starts: created after the migration. */
@Component
public class JdbcStartupReport {
  private final int todosAtStartup;

  public JdbcStartupReport(JdbcTemplate jdbc) {
    this.todosAtStartup = jdbc.queryForObject("SELECT COUNT(*) FROM example_todo", Integer.class);
  }

  public int todosAtStartup() {
    return todosAtStartup;
  }
}
