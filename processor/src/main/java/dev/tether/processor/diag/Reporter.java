package dev.tether.processor.diag;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Prints {@link Diagnostics}' messages as {@code [TETHER-<code>] <message>; <hint>.} on the most
 * precise target given (a value, else an annotation, else the element) and remembers which models
 * have errors.
 */
final class Reporter {
  private final Messager messager;
  private final Set<String> modelsWithErrors = new HashSet<>();
  private final Set<String> quiet = new HashSet<>();
  /** What was reported, so a field of an abstract base read once per model is reported once. */
  private final Set<java.util.List<Object>> reported = new HashSet<>();
  private boolean anyError;

  void quiet(java.util.Collection<String> models) {
    quiet.addAll(models);
  }

  Reporter(Messager messager) {
    this.messager = messager;
  }

  boolean anyError() {
    return anyError;
  }

  boolean hasErrors(String model) {
    return modelsWithErrors.contains(model);
  }

  void report(Diagnostic.Kind kind, Element e, AnnotationMirror a, AnnotationValue v, String code, String message,
      String hint) {
    if (messager == null) {
      return; // silent: reading models compiled elsewhere
    }
    TypeElement model = modelOf(e);
    if (model != null && quiet.contains(model.getQualifiedName().toString())) {
      return;
    }
    if (!reported.add(java.util.Arrays.asList(kind, e, a, v, code, message))) {
      return;
    }
    if (kind == Diagnostic.Kind.ERROR) {
      anyError = true;
      if (model != null) {
        modelsWithErrors.add(model.getQualifiedName().toString());
      }
    }
    String text = "[TETHER-" + code + "] " + message + "; " + hint + ".";
    if (e == null) {
      messager.printMessage(kind, text);
    } else if (a != null && v != null) {
      messager.printMessage(kind, text, e, a, v);
    } else if (a != null) {
      messager.printMessage(kind, text, e, a);
    } else {
      messager.printMessage(kind, text, e);
    }
  }

  private static TypeElement modelOf(Element e) {
    for (Element x = e; x != null; x = x.getEnclosingElement()) {
      if (x instanceof TypeElement t) {
        return t;
      }
    }
    return null;
  }
}
