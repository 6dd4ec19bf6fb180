package dev.tether.spring;

import org.springframework.transaction.annotation.Transactional;

/** A service as applications write them: Tether calls inside {@code @Transactional} methods. */
public class NoteService {
  @Transactional
  public void create(String... titles) {
    for (String t : titles) {
      Note.objects.create(n -> n.title = t);
    }
  }

  @Transactional
  public void createThenFail(String... titles) {
    create(titles);
    throw new IllegalStateException("failed after " + titles.length + " rows");
  }
}
