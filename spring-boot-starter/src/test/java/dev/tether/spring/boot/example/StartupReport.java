package dev.tether.spring.boot.example;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * A bean that reads the database while the application starts: marked
 * {@code @DependsOnDatabaseInitialization}, it is created after Tether's migration.
 */
@Component
@DependsOnDatabaseInitialization
public class StartupReport {
  private final long listsAtStartup;

  public StartupReport() {
    this.listsAtStartup = TodoList.objects.count();
  }

  public long listsAtStartup() {
    return listsAtStartup;
  }
}
