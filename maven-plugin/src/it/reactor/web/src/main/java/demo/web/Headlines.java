package demo.web;

import demo.news.Article;

/** Code using the models without declaring any. */
public final class Headlines {
  private Headlines() {}

  public static long count() {
    return Article.objects.count();
  }
}
