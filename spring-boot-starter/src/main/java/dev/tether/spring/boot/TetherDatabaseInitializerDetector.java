package dev.tether.spring.boot;

import dev.tether.Database;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Boot that the {@link Database} bean initializes the database (it migrates when created),
 * so beans that depend on database initialization are created after it.
 */
public class TetherDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(Database.class);
  }
}
