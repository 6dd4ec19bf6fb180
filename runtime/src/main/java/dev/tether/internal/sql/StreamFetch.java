package dev.tether.internal.sql;

import dev.tether.CloseableIterator;
import dev.tether.internal.jdbc.Cursor;
import dev.tether.internal.jdbc.Engine;
import dev.tether.internal.query.PathNode;
import dev.tether.internal.query.Query;
import dev.tether.internal.related.Prefetcher;
import dev.tether.meta.Entity;
import dev.tether.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads a SELECT of model objects as the rows come, one chunk of objects in memory at a time:
 * Django's {@code QuerySet.iterator(chunk_size)}. {@code prefetchRelated} runs once per chunk
 * (Django 4.1+).
 */
public final class StreamFetch<T extends Entity> implements CloseableIterator<T> {
  private final Engine engine;
  private final ModelMeta<T> meta;
  private final Query query;
  private final int chunkSize;
  private final Cursor cursor;
  private final Fetch.RowMapper<T> mapper;
  private List<T> chunk = List.of();
  private int next;
  private boolean exhausted;

  private StreamFetch(Engine engine, ModelMeta<T> meta, Query query, int chunkSize) {
    this.engine = engine;
    this.meta = meta;
    this.query = query;
    this.chunkSize = chunkSize;
    Sql sql = SqlCompiler.select(engine.dialect(), query, query.effectiveOrdering());
    List<PathNode> related = sql.selectedRelations();
    this.mapper = new Fetch.RowMapper<>(meta, related, query.strict(), query.deferred(), query.annotations());
    this.cursor = engine.openCursor(sql, chunkSize);
    mapper.prepare(cursor.reader());
  }

  /** Opens the query's result; the caller closes what it returns. */
  public static <T extends Entity> StreamFetch<T> open(Engine e, ModelMeta<T> meta, Query q, int chunkSize) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("the chunk size must be positive: " + chunkSize);
    }
    Fetch.checkForUpdate(e, q);
    return new StreamFetch<>(e, meta, q, chunkSize);
  }

  @Override
  public boolean hasNext() {
    if (next < chunk.size()) {
      return true;
    }
    if (exhausted) {
      return false;
    }
    readChunk();
    return !chunk.isEmpty();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T o = chunk.get(next);
    chunk.set(next++, null); // the caller holds it now, or lets it go
    return o;
  }

  /** Reads up to a chunk of objects (the cursor closes itself after the last row), then prefetches for them. */
  private void readChunk() {
    List<T> rows = new ArrayList<>(Math.min(chunkSize, 1024));
    while (rows.size() < chunkSize) {
      if (!cursor.next()) {
        exhausted = true;
        break;
      }
      rows.add(mapper.read(cursor.reader()));
    }
    if (!rows.isEmpty() && !query.prefetchRelated().isEmpty()) {
      Prefetcher.prefetch(engine, rows, query.prefetchRelated(), query.strict());
    }
    chunk = rows;
    next = 0;
  }

  @Override
  public void close() {
    chunk = List.of();
    next = 0;
    cursor.close();
  }

  @Override
  public String toString() {
    return "CloseableIterator<" + meta.name() + ">";
  }
}
