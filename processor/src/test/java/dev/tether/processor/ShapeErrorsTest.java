package dev.tether.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tether.processor.Tether.assertCleanCompile;
import static dev.tether.processor.Tether.assertOnlyError;
import static dev.tether.processor.Tether.compile;
import static dev.tether.processor.Tether.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * E101-E104: what a {@code @Model} class must look like (supertype, kind, constructor), and a
 * nested model's generated classes, which are top-level in its package.
 */
class ShapeErrorsTest {
  private static JavaFileObject a(String declaration, String body) {
    return source("test.A", """
        package test;

        import dev.tether.Model;

        @Model
        %s {
        %s
        }
        """.formatted(declaration, body));
  }

  @Test
  void e101NoSupertype() {
    JavaFileObject a = a("public class A", "String name;");
    assertOnlyError(compile(a), "[TETHER-E101] A must extend its generated base AModel; write `class A extends AModel`",
        a, "public class A");
  }

  @Test
  void e101SomeOtherSupertype() {
    JavaFileObject base = source("test.Base", "package test;\npublic class Base {}\n");
    JavaFileObject a = a("public class A extends Base", "String name;");
    assertOnlyError(compile(a, base), "[TETHER-E101] A must extend its generated base AModel, not test.Base",
        a, "public class A extends Base");
  }

  @Test
  void e101AnotherModelsBase() {
    JavaFileObject a = a("public class A extends BModel", "String name;");
    JavaFileObject b = source("test.B", "package test;\n@dev.tether.Model\npublic class B extends BModel {\n}\n");
    assertOnlyError(compile(a, b), "[TETHER-E101] A must extend its generated base AModel, not BModel",
        a, "public class A extends BModel");
  }

  @Test
  void e102Interface() {
    JavaFileObject a = a("public interface A", "");
    assertOnlyError(compile(a), "[TETHER-E102] @Model cannot be used on an interface", a, "public interface A");
  }

  @Test
  void e102Enum() {
    JavaFileObject a = a("public enum A", "X, Y;");
    assertOnlyError(compile(a), "[TETHER-E102] @Model cannot be used on an enum", a, "public enum A");
  }

  @Test
  void e102Record() {
    JavaFileObject a = a("public record A(String name)", "");
    assertOnlyError(compile(a), "[TETHER-E102] @Model cannot be used on a record: its fields are final; declare the"
        + " model as a class, `@Model class A extends AModel` with non-final fields (Tether loads rows into it and"
        + " sets them); a record without @Model can still be a read model: the type a query's values are copied or"
        + " projected into.", a, "public record A");
  }

  @Test
  void e102AbstractClass() {
    JavaFileObject a = a("public abstract class A extends AModel", "String name;");
    assertOnlyError(compile(a), "[TETHER-E102] @Model cannot be used on an abstract class; for a base holding fields"
        + " that several models share, write @AbstractModel instead", a, "abstract class A");
  }

  @Test
  void e102GenericClass() {
    JavaFileObject a = a("public class A<T> extends AModel", "String name;");
    assertOnlyError(compile(a), "[TETHER-E102] @Model cannot be used on a generic class", a, "class A<T>");
  }

  @Test
  void e102InnerClass() {
    JavaFileObject outer = source("test.Outer", """
        package test;

        public class Outer {
            @dev.tether.Model
            public class Inner extends InnerModel {
                String name;
            }
        }
        """);
    assertOnlyError(compile(outer), "[TETHER-E102] @Model cannot be used on an inner (non-static nested) class",
        outer, "public class Inner");
  }

  @Test
  void e103OnlyAConstructorWithArguments() {
    JavaFileObject a = a("public class A extends AModel", "String name;\nA(String name) { this.name = name; }");
    assertOnlyError(compile(a), "[TETHER-E103] A has no constructor without arguments that Tether can call; add `A() {}`",
        a, "public class A");
  }

  @Test
  void e103PrivateNoArgumentConstructor() {
    JavaFileObject a = a("public class A extends AModel", "String name;\nprivate A() {}");
    assertOnlyError(compile(a), "[TETHER-E103]", a, "public class A");
  }

  @Test
  void packagePrivateNoArgumentConstructorIsEnough() {
    assertCleanCompile(compile(a("public class A extends AModel", "String name;\nA() {}\nA(String n) { name = n; }")));
  }

  @Test
  void staticNestedModelsGetTopLevelGeneratedClasses() {
    JavaFileObject outer = source("test.Outer", """
        package test;

        import dev.tether.*;

        public class Outer {
            @Model
            public static class Inner extends InnerModel {
                String name;
            }

            @Model
            static class Other extends OtherModel {
                @ForeignKey(onDelete = OnDelete.CASCADE)
                Inner inner;
            }
        }
        """);
    Compilation c = compile(outer);
    assertCleanCompile(c);
    for (String type : new String[] {"test.InnerModel", "test.Inner_", "test.OtherModel", "test.Other_"}) {
      assertThat(c).generatedSourceFile(type);
    }
    assertThat(c).generatedSourceFile("test.InnerModel").contentsAsUtf8String()
        .contains("public final RelatedManager<Outer.Other> otherSet()");
  }

  @Test
  void e102PrivateNestedModel() {
    JavaFileObject outer = source("test.Outer", """
        package test;

        public class Outer {
            @dev.tether.Model
            private static class Inner extends InnerModel {
                String name;
            }
        }
        """);
    assertOnlyError(compile(outer), "[TETHER-E102] @Model cannot be used on a private nested class: the generated code"
        + " beside it cannot reach it; drop `private` from Outer.Inner", outer, "private static class Inner");
  }

  @Test
  void e104TwoNestedModelsOfOneSimpleNameInOnePackage() {
    JavaFileObject one = source("test.One", """
        package test;

        public class One {
            @dev.tether.Model
            public static class Item extends ItemModel {
                String name;
            }
        }
        """);
    JavaFileObject two = source("test.Two", """
        package test;

        public class Two {
            @dev.tether.Model
            public static class Item extends ItemModel {
                String label;
            }
        }
        """);
    // reported once, on the second by qualified name; no E401 for their equal default tables, no javac error
    assertOnlyError(compile(two, one), "[TETHER-E104] Two.Item would generate test.ItemModel and test.Item_, as"
        + " One.Item does", two, "public static class Item");
  }

  @Test
  void e104NestedModelNamedLikeATopLevelOne() {
    JavaFileObject item = source("test.Item", "package test;\n@dev.tether.Model\npublic class Item extends ItemModel {\n"
        + "String name;\n}\n");
    JavaFileObject outer = source("test.Outer", """
        package test;

        public class Outer {
            @dev.tether.Model(table = "outer_item")
            public static class Item extends ItemModel {
                String label;
            }
        }
        """);
    assertOnlyError(compile(item, outer), "[TETHER-E104] Outer.Item would generate test.ItemModel", outer,
        "public static class Item");
  }
}
