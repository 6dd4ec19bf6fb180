package dev.tether.internal.query;

import dev.tether.meta.ForeignKeyMeta;
import dev.tether.meta.ManyToManyMeta;
import dev.tether.meta.ModelMeta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where a lookup path stands: the root model, or a parent path plus one {@link Hop}, as jOOQ's
 * path tables know their parent. Paths are values: equal hops from equal roots are equal, which
 * is how single-valued joins are shared. Built lazily, one hop per call, so cycles cost nothing.
 */
public final class PathNode {
  private final PathNode parent;
  private final Hop hop;
  private final ModelMeta<?> model;
  private final int hash;

  private PathNode(PathNode parent, Hop hop, ModelMeta<?> model) {
    this.parent = parent;
    this.hop = hop;
    this.model = model;
    this.hash = parent == null ? model.hashCode() : 31 * parent.hash + hop.hashCode();
  }

  public static PathNode root(ModelMeta<?> model) {
    return new PathNode(null, null, Objects.requireNonNull(model));
  }

  /** One step forward over {@code fk}, declared on this path's model. */
  public PathNode forward(ForeignKeyMeta<?, ?> fk) {
    return new PathNode(this, Hop.forward(fk), fk.target());
  }

  /** One step back against {@code fk}, which points at this path's model. */
  public PathNode reverse(ForeignKeyMeta<?, ?> fk) {
    return new PathNode(this, Hop.reverse(fk), fk.source());
  }

  /** The first step of many-to-many {@code via}: back against its through model's key {@code fk}. */
  public PathNode reverse(ForeignKeyMeta<?, ?> fk, ManyToManyMeta<?, ?> via) {
    return new PathNode(this, Hop.reverse(fk, via), fk.source());
  }

  /** One step along {@code hop}, which must start at this path's model. */
  public PathNode step(Hop hop) {
    return hop.kind() == Hop.Kind.FORWARD ? forward(hop.foreignKey()) : new PathNode(this, hop, hop.foreignKey().source());
  }

  public PathNode parent() {
    return parent;
  }

  /** The step that led here, null at the root. */
  public Hop hop() {
    return hop;
  }

  /** The model this path stands on. */
  public ModelMeta<?> model() {
    return model;
  }

  public boolean isRoot() {
    return parent == null;
  }

  public PathNode root() {
    PathNode n = this;
    while (n.parent != null) {
      n = n.parent;
    }
    return n;
  }

  /** Whether any step of the path may reach several rows. */
  public boolean multiValued() {
    for (PathNode n = this; n.parent != null; n = n.parent) {
      if (n.hop.multiValued()) {
        return true;
      }
    }
    return false;
  }

  /** The nodes from the first step to this one, root excluded. */
  public List<PathNode> steps() {
    List<PathNode> out = new ArrayList<>();
    for (PathNode n = this; n.parent != null; n = n.parent) {
      out.add(n);
    }
    Collections.reverse(out);
    return out;
  }

  /** The path in Java names, {@code reporter.article}; empty at the root. */
  public String describe() {
    if (parent == null) {
      return "";
    }
    String p = parent.describe();
    return p.isEmpty() ? hop.name() : p + "." + hop.name();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PathNode other) || other.hash != hash) {
      return false;
    }
    return parent == null
        ? other.parent == null && model == other.model
        : hop.equals(other.hop) && parent.equals(other.parent);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return model.name() + (parent == null ? "" : " via " + root().model().name() + "." + describe());
  }
}
