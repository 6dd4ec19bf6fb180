package dev.tether.it.aggregation;

import dev.tether.Database;
import dev.tether.it.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The data of Django's {@code aggregation.tests.AggregateTestCase.setUpTestData}. */
abstract class BookFixture {
  Database db;
  Author a1, a2, a3, a4, a5, a6, a7, a8, a9;
  Publisher p1, p2, p3, p4, p5;
  Book b1, b2, b3, b4, b5, b6;
  Store s1, s2, s3;

  void load() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    a1 = author("Adrian Holovaty", 34);
    a2 = author("Jacob Kaplan-Moss", 35);
    a3 = author("Brad Dayley", 45);
    a4 = author("James Bennett", 29);
    a5 = author("Jeffrey Forcier", 37);
    a6 = author("Paul Bissex", 29);
    a7 = author("Wesley J. Chun", 25);
    a8 = author("Peter Norvig", 57);
    a9 = author("Stuart Russell", 46);
    a1.friends().add(a2, a4);
    a2.friends().add(a1, a7);
    a4.friends().add(a1);
    a5.friends().add(a6, a7);
    a6.friends().add(a5, a7);
    a7.friends().add(a2, a5, a6);
    a8.friends().add(a9);
    a9.friends().add(a8);
    p1 = publisher("Apress", 3);
    p2 = publisher("Sams", 1);
    p3 = publisher("Prentice Hall", 7);
    p4 = publisher("Morgan Kaufmann", 9);
    p5 = publisher("Jonno's House of Books", 0);
    b1 = book("159059725", "The Definitive Guide to Django: Web Development Done Right", 447, 4.5, "30.00", a1, p1,
        LocalDate.of(2007, 12, 6));
    b2 = book("067232959", "Sams Teach Yourself Django in 24 Hours", 528, 3.0, "23.09", a3, p2,
        LocalDate.of(2008, 3, 3));
    b3 = book("159059996", "Practical Django Projects", 300, 4.0, "29.69", a4, p1, LocalDate.of(2008, 6, 23));
    b4 = book("013235613", "Python Web Development with Django", 350, 4.0, "29.69", a5, p3,
        LocalDate.of(2008, 11, 3));
    b5 = book("013790395", "Artificial Intelligence: A Modern Approach", 1132, 4.0, "82.80", a8, p3,
        LocalDate.of(1995, 1, 15));
    b6 = book("155860191", "Paradigms of Artificial Intelligence Programming: Case Studies in Common Lisp", 946, 5.0,
        "75.00", a8, p4, LocalDate.of(1991, 10, 15));
    b1.authors().add(a1, a2);
    b2.authors().add(a3);
    b3.authors().add(a4);
    b4.authors().add(a5, a6, a7);
    b5.authors().add(a8, a9);
    b6.authors().add(a8);
    s1 = store("Amazon.com", LocalDateTime.of(1994, 4, 23, 9, 17, 42));
    s2 = store("Books.com", LocalDateTime.of(2001, 3, 15, 11, 23, 37));
    s3 = store("Mamma and Pappa's Books", LocalDateTime.of(1945, 4, 25, 16, 24, 14));
    s1.books().add(b1, b2, b3, b4, b5, b6);
    s2.books().add(b1, b3, b5, b6);
    s3.books().add(b3, b4, b6);
  }

  private static Author author(String name, int age) {
    return Author.objects.create(a -> {
      a.name = name;
      a.age = age;
    });
  }

  private static Publisher publisher(String name, int awards) {
    return Publisher.objects.create(p -> {
      p.name = name;
      p.numAwards = awards;
    });
  }

  private static Book book(String isbn, String name, int pages, double rating, String price, Author contact,
      Publisher publisher, LocalDate pubdate) {
    return Book.objects.create(b -> {
      b.isbn = isbn;
      b.name = name;
      b.pages = pages;
      b.rating = rating;
      b.price = new BigDecimal(price);
      b.contact = contact;
      b.publisher = publisher;
      b.pubdate = pubdate;
    });
  }

  private static Store store(String name, LocalDateTime opening) {
    return Store.objects.create(s -> {
      s.name = name;
      s.originalOpening = opening;
    });
  }
}
