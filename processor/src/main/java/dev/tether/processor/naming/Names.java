package dev.tether.processor.naming;

import com.palantir.javapoet.ClassName;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Every generated identifier and SQL name, computed in one place so checks and writers agree:
 * snake_case columns, {@code _id} key columns, Django's default reverse names.
 */
public final class Names {
  private Names() {}

  /** Members the generated base declares on every model; a field or relatedName may not take them. */
  public static final Set<String> RESERVED_MEMBERS = Set.of("objects", "save", "delete", "pk",
      "refreshFromDb", "DoesNotExist", "MultipleObjectsReturned", "RelatedObjectDoesNotExist");

  /**
   * The methods of {@code Object}, which every base and path inherits: a generated no-argument
   * method of one of these names would clash with it (or, for {@code equals}, confuse).
   */
  public static final Set<String> OBJECT_METHODS = Set.of("toString", "getClass", "hashCode", "equals", "wait",
      "notify", "notifyAll", "clone", "finalize");

  /** The methods of {@code dev.tether.path.ModelPath} and the generated {@code X_.Path}: a hop may not take them. */
  public static final Set<String> PATH_MEMBERS = Set.of("node", "eq", "ne", "in", "isNull", "eqKey", "inKeys",
      "ownColumn");

  /** The static fields every {@code X_} declares: no column field or relation constant may take them. */
  public static final Set<String> LOOKUP_STATICS = Set.of("META", "ROOT");

  /** Where a generated name would clash: the set of members it belongs to. */
  public enum Clash {
    /** A member of the generated base ({@code save()}, {@code objects}). */
    BASE,
    /** A method of {@code Object}. */
    OBJECT,
    /** A method of the lookup path ({@code node()}, {@code eq(...)}). */
    PATH,
    /** A static field of {@code X_} ({@code META}, {@code ROOT}). */
    LOOKUP
  }

  /**
   * What field {@code name} would clash with in the generated code, or null. A scalar field becomes a
   * static field of {@code X_} and of its path; a relation also becomes an accessor on the base, a hop
   * method on {@code X_} and its path, and a constant named {@link #constant(String)}.
   */
  public static Clash fieldClash(String name, boolean relation) {
    if (RESERVED_MEMBERS.contains(name)) {
      return Clash.BASE;
    }
    if (!relation) {
      return LOOKUP_STATICS.contains(name) ? Clash.LOOKUP : null;
    }
    if (OBJECT_METHODS.contains(name)) {
      return Clash.OBJECT;
    }
    if (PATH_MEMBERS.contains(name)) {
      return Clash.PATH;
    }
    return LOOKUP_STATICS.contains(constant(name)) ? Clash.LOOKUP : null;
  }

  /** What a reverse accessor (an instance method of the target's base) would clash with, or null. */
  public static Clash accessorClash(String accessor) {
    if (RESERVED_MEMBERS.contains(accessor) || accessor.equals("id")) {
      return Clash.BASE;
    }
    return OBJECT_METHODS.contains(accessor) ? Clash.OBJECT : null;
  }

  /** What a reverse query name (a hop method of {@code X_} and {@code X_.Path}) would clash with, or null. */
  public static Clash queryNameClash(String queryName) {
    if (OBJECT_METHODS.contains(queryName)) {
      return Clash.OBJECT;
    }
    return PATH_MEMBERS.contains(queryName) ? Clash.PATH : null;
  }

  /** The generated base of a model: {@code test.Article} → {@code test.ArticleModel}, a top-level class even for a nested model. */
  public static ClassName base(ClassName model) {
    return ClassName.get(model.packageName(), model.simpleName() + "Model");
  }

  /** The generated lookups of a model: {@code test.Article} → {@code test.Article_}, top-level. */
  public static ClassName lookup(ClassName model) {
    return ClassName.get(model.packageName(), model.simpleName() + "_");
  }

  /** A relation's constant in {@code X_}: the field name in UPPER_SNAKE, {@code reporter} → {@code REPORTER}. */
  public static String constant(String field) {
    return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** {@code pubDate} → {@code pub_date}; {@code NewsItem} → {@code news_item}. */
  public static String snake(String camel) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean prevLower = i > 0 && !Character.isUpperCase(camel.charAt(i - 1)) && camel.charAt(i - 1) != '_';
        boolean nextLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
        boolean prevUpper = i > 0 && Character.isUpperCase(camel.charAt(i - 1));
        if (i > 0 && (prevLower || (prevUpper && nextLower))) {
          b.append('_');
        }
        b.append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The default table of a model class. */
  public static String table(String simpleName) {
    return snake(simpleName);
  }

  /** The column of a scalar field. */
  public static String column(String field) {
    return snake(field);
  }

  /** The key column of a relation field: {@code reporter} → {@code reporter_id}. */
  public static String keyColumn(String field) {
    return snake(field) + "_id";
  }

  /** {@code Article} → {@code article}. */
  public static String lowerCamel(String simpleName) {
    if (simpleName.length() > 1 && Character.isUpperCase(simpleName.charAt(1))) {
      // URLPattern -> urlPattern
      int i = 0;
      while (i < simpleName.length() && Character.isUpperCase(simpleName.charAt(i))) {
        i++;
      }
      int cut = i == simpleName.length() ? i : Math.max(1, i - 1);
      return simpleName.substring(0, cut).toLowerCase(Locale.ROOT) + simpleName.substring(cut);
    }
    return Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
  }

  /** Django's default reverse accessor: {@code article_set} → {@code articleSet}; a one-to-one's is {@code article}. */
  public static String defaultAccessor(String sourceSimpleName, boolean single) {
    return single ? lowerCamel(sourceSimpleName) : lowerCamel(sourceSimpleName) + "Set";
  }

  /** Django's default reverse query name: the model name in lower camel case. */
  public static String defaultQueryName(String sourceSimpleName) {
    return lowerCamel(sourceSimpleName);
  }

  /** The name of a relation's key accessor: {@code reporter} → {@code reporterId}. */
  public static String keyAccessor(String field) {
    return field + "Id";
  }

  /** {@code reporter} → {@code setReporterId}. */
  public static String keySetter(String field) {
    return "set" + capitalized(field) + "Id";
  }

  /** The JavaBeans getter of a field: {@code firstName} → {@code getFirstName}, {@code isActive} for a {@code boolean}. */
  public static String getter(String field, boolean primitiveBoolean) {
    return (primitiveBoolean ? "is" : "get") + capitalized(field);
  }

  /** The JavaBeans setter of a field: {@code firstName} → {@code setFirstName}. */
  public static String setter(String field) {
    return "set" + capitalized(field);
  }

  private static String capitalized(String field) {
    return Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }

  /** A many-to-many's join table: {@code post_tags}. */
  public static String joinTable(String sourceTable, String field) {
    return sourceTable + "_" + snake(field);
  }

  /** The join-table column pointing at the declaring model: {@code post_id} ({@code from_person_id} on a self-relation). */
  public static String joinSourceColumn(String sourceSimple, boolean self) {
    return (self ? "from_" : "") + snake(sourceSimple) + "_id";
  }

  /** The join-table column pointing at the target: {@code tag_id} ({@code to_person_id} on a self-relation). */
  public static String joinTargetColumn(String targetSimple, boolean self) {
    return (self ? "to_" : "") + snake(targetSimple) + "_id";
  }

  /** Whether {@code s} can name a Java method. */
  public static boolean isIdentifier(String s) {
    return SourceVersion.isIdentifier(s) && !SourceVersion.isKeyword(s);
  }
}
