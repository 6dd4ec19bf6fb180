package dev.tether.processor;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import com.google.testing.compile.Compilation;
import dev.tether.Database;
import dev.tether.Q;
import dev.tether.QuerySet;
import dev.tether.internal.query.Query;
import dev.tether.meta.Entity;
import dev.tether.meta.ModelMeta;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/**
 * The class files of a compilation, written to a directory and loaded by a class loader whose
 * parent is the tests' (so the generated code links against the same runtime classes), set as
 * the context class loader while open so {@code Database.migrate()} finds the registry. Reflection
 * helpers drive the generated code; reflection is fine in tests.
 */
final class GeneratedCode implements AutoCloseable {
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";
  private final URLClassLoader loader;
  private final ClassLoader previous;

  private GeneratedCode(URLClassLoader loader) {
    this.loader = loader;
    this.previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader);
  }

  /** Writes every class and resource {@code c} produced under {@code dir} and loads them. */
  static GeneratedCode load(Compilation c, Path dir) {
    Tether.assertCleanCompile(c);
    try {
      for (JavaFileObject f : c.generatedFiles()) {
        if (!f.getName().startsWith(CLASS_OUTPUT)) {
          continue;
        }
        Path out = dir.resolve(f.getName().substring(CLASS_OUTPUT.length()));
        Files.createDirectories(out.getParent());
        try (InputStream in = f.openInputStream()) {
          Files.copy(in, out, REPLACE_EXISTING);
        }
      }
      return new GeneratedCode(new URLClassLoader(new URL[] {dir.toUri().toURL()},
          GeneratedCode.class.getClassLoader()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the classes another compiler (ecj) wrote under {@code dir}. */
  static GeneratedCode load(Path dir) {
    return of(dir);
  }

  /** Loads the class files already in {@code dirs} (javac's output directories). */
  static GeneratedCode of(Path... dirs) {
    try {
      URL[] urls = new URL[dirs.length];
      for (int i = 0; i < dirs.length; i++) {
        urls[i] = dirs[i].toUri().toURL();
      }
      return new GeneratedCode(new URLClassLoader(urls, GeneratedCode.class.getClassLoader()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Class<?> type(String name) {
    try {
      return Class.forName(name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not generated: " + name, e);
    }
  }

  /** {@code X_.META}, the generated metadata of model {@code X} (binary name: {@code test.Shop$Book}). */
  ModelMeta<?> meta(String model) {
    // X_ is top-level in the model's package, even for a nested model: test.Shop$Book -> test.Book_
    String pkg = model.substring(0, model.lastIndexOf('.'));
    String simple = model.substring(Math.max(model.lastIndexOf('.'), model.lastIndexOf('$')) + 1);
    return (ModelMeta<?>) get(null, type(pkg + "." + simple + "_"), "META");
  }

  /** A new, unsaved instance of {@code model}, with fields set from name/value pairs. */
  Object create(String model, Object... fieldsAndValues) {
    Object o = meta(model).instantiate();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      set(o, (String) fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return o;
  }

  /** As {@link #create}, then {@code save()}. */
  Object save(String model, Object... fieldsAndValues) {
    Object o = create(model, fieldsAndValues);
    call(o, "save");
    return o;
  }

  /** Every row of {@code meta}'s table, as a query set on {@code db}. */
  static <T extends Entity> QuerySet<T> all(ModelMeta<T> meta, Database db) {
    return new QuerySet<>(meta, db, Query.of(meta));
  }

  /** {@code all(meta, db).filter(q)}, with {@code q} built reflectively from generated paths. */
  @SuppressWarnings("unchecked")
  static <T extends Entity> QuerySet<T> filter(ModelMeta<T> meta, Database db, Object q) {
    return all(meta, db).filter((Q<T>) q);
  }

  private static boolean accepts(Method m, Object[] args) {
    Class<?>[] ps = m.getParameterTypes();
    for (int i = 0; i < ps.length; i++) {
      if (args[i] != null && !ps[i].isPrimitive() && !ps[i].isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  static Object get(Object o, String field) {
    return get(o, o.getClass(), field);
  }

  static void set(Object o, String field, Object value) {
    try {
      Field f = field(o.getClass(), field);
      f.setAccessible(true);
      f.set(o, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Calls a public method by name and arguments (an overload whose parameters accept them); a thrown
   * exception is rethrown unwrapped if unchecked.
   */
  static Object call(Object target, String method, Object... args) {
    Class<?> type = target instanceof Class<?> c ? c : target.getClass();
    for (Method m : type.getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length && accepts(m, args)) {
        try {
          return m.invoke(target instanceof Class<?> ? null : target, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no public method " + method + "/" + args.length + " on " + type.getName());
  }

  private static Object get(Object o, Class<?> type, String field) {
    try {
      Field f = field(type, field);
      f.setAccessible(true);
      return f.get(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(type.getName() + "." + name);
  }

  @Override
  public void close() throws IOException {
    Thread.currentThread().setContextClassLoader(previous);
    loader.close();
  }
}
