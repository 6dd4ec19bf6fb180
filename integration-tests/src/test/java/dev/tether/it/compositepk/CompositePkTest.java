package dev.tether.it.compositepk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tether.CapturedQueries;
import dev.tether.Database;
import dev.tether.DeleteResult;
import dev.tether.IntegrityException;
import dev.tether.ProtectedException;
import dev.tether.it.Raw;
import dev.tether.it.TestDatabases;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Django 5.2's {@code composite_pk} tests (create, get, filter, update, delete) on models whose key
 * is {@code @Model(primaryKey = {...})}, with Django's expected values.
 */
class CompositePkTest {
  Database db;
  Tenant tenant;
  User user;
  Comment comment;

  @BeforeEach
  void setUp() {
    db = TestDatabases.open();
    db.migrate();
    Database.setDefault(db);
    Deletions.LOG.clear();
    tenant = Tenant.objects.create(t -> t.name = "A");
    user = User.objects.create(u -> {
      u.tenant = tenant;
      u.id = 1;
      u.email = "user0001@example.com";
    });
    comment = Comment.objects.create(c -> {
      c.tenant = tenant;
      c.id = 1;
      c.userId = 1;
    });
  }

  @AfterEach
  void close() {
    db.close();
  }

  private User newUser(int id) {
    User u = new User();
    u.tenant = tenant;
    u.id = id;
    u.email = "user" + id + "@example.com";
    return u;
  }

  // ---- test_create ----

  @Test
  void createUser() {
    long count = User.objects.count();
    User obj = User.objects.create(u -> {
      u.tenant = tenant;
      u.id = 2412;
      u.email = "user2412@example.com";
    });
    assertEquals(tenant.id(), obj.tenantId());
    assertEquals(new User.Pk(tenant.id(), 2412), obj.pk());
    assertEquals(count + 1, User.objects.count());
  }

  @Test
  void saveUserInsertsThenUpdates() {
    User u = newUser(9241);
    u.save();
    assertEquals(new User.Pk(tenant.id(), 9241), u.pk());
    assertEquals(2, User.objects.count());
    // Django: save() on an object whose key exists updates that row
    User same = newUser(9241);
    same.email = "changed@example.com";
    same.save();
    assertEquals(2, User.objects.count());
    assertEquals("changed@example.com", User.objects.get(User_.pk.eq(u.pk())).email);
  }

  @Test
  void saveWithTheKeyUnsetIsRefused() {
    User u = new User();
    u.id = 5;
    IllegalStateException e = assertThrows(IllegalStateException.class, u::save);
    assertTrue(e.getMessage().contains("composite primary key (tenant, id)"), e.getMessage());
    assertEquals(1, User.objects.count());
  }

  @Test
  void createWithAnExistingKeyIsAnIntegrityError() {
    // Django's test_save_default_pk_set: a forced insert of an existing key
    assertThrows(IntegrityException.class, () -> User.objects.create(u -> {
      u.tenant = tenant;
      u.id = 1;
    }));
  }

  @Test
  void bulkCreateUsers() {
    List<User> created = User.objects.bulkCreate(List.of(newUser(8291), newUser(4021), newUser(8214)));
    assertEquals(new User.Pk(tenant.id(), 8291), created.get(0).pk());
    assertEquals(new User.Pk(tenant.id(), 4021), created.get(1).pk());
    assertEquals(new User.Pk(tenant.id(), 8214), created.get(2).pk());
    assertEquals(4, User.objects.count());
    assertEquals("user4021@example.com", User.objects.get(User_.pk.eq(new User.Pk(tenant.id(), 4021))).email);
  }

  // ---- test_get, test_filter ----

  @Test
  void getByPk() {
    User got = User.objects.get(User_.pk.eq(new User.Pk(tenant.id(), 1)));
    assertEquals(user, got);
    assertEquals("user0001@example.com", got.email);
    assertEquals(user.pk(), got.pk());
    assertThrows(User.DoesNotExist.class, () -> User.objects.get(User_.pk.eq(new User.Pk(tenant.id(), 2))));
    assertNull(User.objects.filter(User_.pk.eq(new User.Pk(tenant.id() + 1, 1))).first().orElse(null));
  }

  @Test
  void filterByPkIn() {
    User u2 = User.objects.create(u -> {
      u.tenant = tenant;
      u.id = 2;
    });
    User.objects.create(u -> {
      u.tenant = tenant;
      u.id = 3;
    });
    List<User> found = User.objects.filter(User_.pk.in(user.pk(), u2.pk(), new User.Pk(999, 1)))
        .orderBy(User_.id.asc()).list();
    assertEquals(List.of(user, u2), found);
    assertEquals(2, User.objects.filter(User_.pk.ne(u2.pk())).count());
    assertEquals(0, User.objects.filter(User_.pk.in(List.of())).count());
    // combined with other lookups, and across the foreign key in the key
    assertEquals(List.of(u2), User.objects.filter(User_.pk.in(user.pk(), u2.pk()).and(User_.id.gt(1))).list());
    assertEquals(3, User.objects.filter(User_.tenant().name.eq("A")).count());
  }

  @Test
  void keyFilterIsOneRowValueComparison() {
    try (CapturedQueries q = db.captureQueries()) {
      User.objects.filter(User_.pk.in(user.pk(), new User.Pk(tenant.id(), 7))).list();
      String sql = q.sql().get(0);
      assertTrue(sql.contains(") IN ((?, ?), (?, ?))"), sql);
    }
  }

  @Test
  void inBulkByKeys() {
    User u2 = User.objects.create(u -> {
      u.tenant = tenant;
      u.id = 2;
    });
    Map<User.Pk, User> found = User.objects.inBulk(List.of(user.pk(), u2.pk(), new User.Pk(tenant.id(), 77)));
    assertEquals(2, found.size());
    assertEquals(u2, found.get(u2.pk()));
  }

  @Test
  void refreshFromDb() {
    User.objects.filter(User_.pk.eq(user.pk())).update(User_.email.set("new@example.com"));
    user.refreshFromDb();
    assertEquals("new@example.com", user.email);
  }

  @Test
  void updateOnlyTouchesItsRow() {
    User u2 = User.objects.create(u -> {
      u.tenant = tenant;
      u.id = 2;
      u.email = "two";
    });
    user.email = "one";
    user.save();
    u2.refreshFromDb();
    assertEquals("two", u2.email);
    assertEquals("one", User.objects.get(User_.pk.eq(user.pk())).email);
  }

  @Test
  void uuidInKey() {
    UUID a = UUID.randomUUID();
    Post p = Post.objects.create(x -> {
      x.tenant = tenant;
      x.uuid = a;
    });
    assertEquals(new Post.Pk(tenant.id(), a), p.pk());
    assertEquals(p, Post.objects.get(Post_.pk.eq(new Post.Pk(tenant.id(), a))));
    assertThrows(NullPointerException.class, () -> new Post.Pk(1L, null));
  }

  // ---- test_delete ----

  @Test
  void deleteTenantCascadesToUsersAndComments() {
    DeleteResult r = Tenant.objects.filter(Tenant_.id.eq(tenant.id())).delete();
    assertEquals(3, r.total());
    assertEquals(Map.of("Tenant", 1, "User", 1, "Comment", 1), r.perModel());
    assertFalse(User.objects.exists());
    assertFalse(Comment.objects.exists());
    assertEquals(List.of("comment 1"), Deletions.LOG);
  }

  @Test
  void deleteUserByPk() {
    User.objects.create(u -> {
      u.tenant = tenant;
      u.id = 2;
    });
    DeleteResult r = User.objects.filter(User_.pk.eq(user.pk())).delete();
    assertEquals(Map.of("User", 1), r.perModel());
    assertEquals(1, User.objects.count());
    assertFalse(User.objects.filter(User_.id.eq(1)).exists());
  }

  @Test
  void deleteInstanceClearsItsKey() {
    User.objects.create(u -> {
      u.tenant = tenant;
      u.id = 2;
    });
    DeleteResult r = user.delete();
    assertEquals(1, r.total());
    assertEquals(1, User.objects.count());
    assertNull(user.pk()); // Django sets every field of the key to None
  }

  @Test
  void deleteCommentsByFilterFetchesTheirKeysForTheHooks() {
    Comment.objects.create(c -> {
      c.tenant = tenant;
      c.id = 2;
      c.userId = 1;
    });
    DeleteResult r = Comment.objects.filter(Comment_.userId.eq(1)).delete();
    assertEquals(Map.of("Comment", 2), r.perModel());
    assertEquals(List.of("comment 1", "comment 2"), Deletions.LOG.stream().sorted().toList());
  }

  // ---- foreign keys in the key (Django 5.2's OrderLineItem) ----

  @Test
  void orderLinesKeyedByTheirForeignKeys() {
    Order o = Order.objects.create(x -> x.reference = "o1");
    Product apple = Product.objects.create(x -> x.name = "apple");
    Product pear = Product.objects.create(x -> x.name = "pear");
    OrderLine l1 = OrderLine.objects.create(x -> {
      x.order = o;
      x.product = apple;
      x.quantity = 2;
    });
    OrderLine.objects.create(x -> {
      x.order = o;
      x.product = pear;
      x.quantity = 5;
    });
    assertEquals(new OrderLine.Pk(o.id(), apple.id()), l1.pk());
    assertSame(o, l1.order()); // saving kept the loaded object
    OrderLine got = OrderLine.objects.get(OrderLine_.pk.eq(new OrderLine.Pk(o.id(), pear.id())));
    assertEquals(5, got.quantity);
    assertEquals("pear", got.product().name);
    assertEquals(2, o.lines().count());
    assertEquals(List.of(2, 5), OrderLine.objects.filter(OrderLine_.order().reference.eq("o1"))
        .orderBy(OrderLine_.quantity.asc()).list().stream().map(x -> x.quantity).toList());
    // a product with lines is protected; deleting the order cascades to its lines
    assertThrows(ProtectedException.class, apple::delete);
    assertEquals(Map.of("Order", 1, "OrderLine", 2), o.delete().perModel());
    assertEquals(0, OrderLine.objects.count());
    assertEquals(1, apple.delete().total());
  }

  @Test
  void tableHasTheCompositeKey() {
    Order o = Order.objects.create(x -> x.reference = "o1");
    Product p = Product.objects.create(x -> x.name = "p");
    String insert = "INSERT INTO cpk_order_line (order_id, product_id, quantity) VALUES (?, ?, ?)";
    db.execute(insert, o.id(), p.id(), 1);
    // the pair is the key: the same pair twice is refused by the database, each part alone is not
    assertThrows(IntegrityException.class, () -> db.execute(insert, o.id(), p.id(), 2));
    Product p2 = Product.objects.create(x -> x.name = "p2");
    db.execute(insert, o.id(), p2.id(), 3);
    assertEquals(2, Raw.number(db, "SELECT COUNT(*) FROM cpk_order_line"));
  }

  // ---- get_or_create / update_or_create, full_clean, relations from and into the model ----

  @Test
  void getOrCreateAndUpdateOrCreateUser() {
    // Django's test_get_or_create_user / test_update_or_create_user
    dev.tether.Created<User> r = User.objects.getOrCreate(User_.tenant().eq(tenant).and(User_.id.eq(8314)), u -> {
      u.tenant = tenant;
      u.id = 8314;
      u.email = "user8314@example.com";
    });
    assertTrue(r.created());
    assertEquals(new User.Pk(tenant.id(), 8314), r.object().pk());
    assertEquals("user8314@example.com", r.object().email);
    assertEquals(2, User.objects.count());
    dev.tether.Created<User> again = User.objects.getOrCreate(User_.pk.eq(new User.Pk(tenant.id(), 8314)),
        u -> u.email = "other");
    // a lookup the new object does not match is refused, naming the field
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> User.objects.getOrCreate(User_.id.eq(77), u -> {
          u.tenant = tenant;
          u.id = 78;
        }));
    assertTrue(wrong.getMessage().contains("has id = 78 but the lookup asks for 77"), wrong.getMessage());
    assertFalse(again.created());
    assertEquals(r.object(), again.object());
    dev.tether.Created<User> updated = User.objects.updateOrCreate(
        User_.tenant().eq(tenant).and(User_.id.eq(8314)), u -> {
          u.tenant = tenant;
          u.id = 8314;
          u.email = "updated@example.com";
        });
    assertFalse(updated.created());
    assertEquals("updated@example.com", User.objects.get(User_.pk.eq(r.object().pk())).email);
  }

  @Test
  void fullCleanChecksTheKeyAsAWhole() {
    User dup = newUser(1);
    dev.tether.ValidationException e = assertThrows(dev.tether.ValidationException.class, dup::fullClean);
    assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    Tenant other = Tenant.objects.create(t -> t.name = "B");
    User fine = newUser(2);
    fine.tenant = other;
    fine.fullClean();
  }

  @Test
  void selectRelatedAndPrefetchAcrossTheKeysForeignKeys() {
    Order o = Order.objects.create(x -> x.reference = "o1");
    Product apple = Product.objects.create(x -> x.name = "apple");
    Product pear = Product.objects.create(x -> x.name = "pear");
    for (Product p : List.of(apple, pear)) {
      OrderLine.objects.create(x -> {
        x.order = o;
        x.product = p;
        x.quantity = 1;
      });
    }
    try (CapturedQueries q = db.captureQueries()) {
      List<OrderLine> lines = OrderLine.objects.selectRelated(OrderLine_.order(), OrderLine_.product())
          .orderBy(OrderLine_.product().name.asc()).list();
      assertEquals(List.of("o1 apple", "o1 pear"),
          lines.stream().map(l -> l.order().reference + " " + l.product().name).toList());
      assertEquals(1, q.count(), q.sql().toString());
    }
    try (CapturedQueries q = db.captureQueries()) {
      List<Order> orders = Order.objects.prefetchRelated(Order_.lines()).list();
      assertEquals(2, orders.get(0).lines().list().size());
      assertEquals(2, q.count(), q.sql().toString());
    }
  }

  @Test
  void updateAcrossAJoinAndAnnotate() {
    User.objects.create(u -> {
      u.tenant = tenant;
      u.id = 2;
    });
    int n = User.objects.filter(User_.tenant().name.eq("A")).update(User_.email.set("all@example.com"));
    assertEquals(2, n);
    assertEquals(2, User.objects.filter(User_.email.eq("all@example.com")).count());
    assertEquals(1, Tenant.objects.filter(Tenant_.comments().id.eq(1)).count());
  }
}
