package dev.tether.processor.check;

import dev.tether.processor.diag.Diagnostics;
import dev.tether.processor.model.FieldInfo;
import dev.tether.processor.model.ModelGraph;
import dev.tether.processor.model.ModelInfo;
import dev.tether.processor.model.Relation;
import dev.tether.processor.naming.Names;
import java.nio.charset.StandardCharsets;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * Table, column and join-table names every supported database can hold as given, so that a model
 * runs on all of them: no NUL; no lone surrogate (no UTF-8 form) nor, for MariaDB, a character
 * outside the Basic Multilingual Plane or a trailing space; at most 63 bytes of UTF-8, which
 * PostgreSQL keeps (it cuts longer names, so two could become one) where MariaDB keeps 64
 * characters. Other characters are fine: names are always quoted, and generated code escapes them.
 */
public final class SqlNameCheck {
  /** PostgreSQL's NAMEDATALEN - 1. */
  static final int MAX_BYTES = 63;

  private SqlNameCheck() {}

  public static void check(ModelGraph graph, Diagnostics diag) {
    for (ModelInfo m : graph.models()) {
      AnnotationMirror model = ModelCheck.find(m.element(), "dev.tether.Model");
      AnnotationValue table = ModelCheck.value(model, "table");
      String problem = problem(m.table());
      if (problem != null) {
        diag.unusableSqlName(m.element(), table == null ? null : model, table, "E105", "table", m.table(),
            m.simpleName(), problem, (problem.startsWith("it is ") ? "write a shorter " : "write another ")
                + "@Model(table = \"...\")");
      }
      for (FieldInfo f : m.fields()) {
        if (f.element() == null) {
          continue; // the implicit key
        }
        if (f.relation() != null && f.relation().kind() == Relation.Kind.MANY_TO_MANY) {
          if (f.relation().hasThroughModel()) {
            continue; // no join table: the through model's table is checked with it
          }
          String join = Names.joinTable(m.table(), f.name());
          String p = problem(m.table()) == null ? problem(join) : null; // a bad table is reported once
          if (p != null) {
            diag.unusableSqlName(f.element(), null, null, "E313", "join table", join, "field " + f.name(), p,
                "write a shorter @Model(table = \"...\") or field name");
          }
          continue;
        }
        String p = problem(f.column());
        if (p == null) {
          continue;
        }
        AnnotationMirror field = ModelCheck.find(f.element(), "dev.tether.Field");
        AnnotationValue column = ModelCheck.value(field, "column");
        String hint = column != null ? (p.startsWith("it is ") ? "write a shorter " : "write another ")
            + "@Field(column = \"...\")" : p.startsWith("it is ") ? "write a shorter field name" : "rename the field";
        diag.unusableSqlName(f.element(), column == null ? null : field, column, "E212", "column", f.column(),
            "field " + f.name(), p, hint);
      }
    }
  }

  /** Why no supported database can hold {@code name} as given, or null when they all can. */
  static String problem(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\0') {
        return "it holds NUL (U+0000), which no database accepts in a name";
      }
      if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
        return "it holds a character outside the Basic Multilingual Plane, which MariaDB refuses in a name";
      }
      if (Character.isSurrogate(c)) {
        return "it holds a lone surrogate (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
            + "), which has no UTF-8 form";
      }
    }
    if (name.endsWith(" ")) {
      return "it ends with a space, which MariaDB refuses in a name";
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      return "it is " + bytes + " bytes long in UTF-8, and PostgreSQL keeps " + MAX_BYTES + " (it would cut the name)";
    }
    return null;
  }
}
