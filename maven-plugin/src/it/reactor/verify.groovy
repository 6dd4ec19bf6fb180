// Runs after the four invocations of invoker.properties; build.log holds what they printed.
def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text) : "build.log lacks: " + text }
def core = new File(basedir, 'core/src/main/resources/db/migration/core')
def news = new File(basedir, 'news/src/main/resources/db/migration/news')

// 1. makemigrations: one migration per module with models, in its own app directory; none in the parent
assert core.list().sort() == ['0001_initial.json']
assert news.list().sort() == ['0001_initial.json']
assert !new File(basedir, 'src/main/resources').exists()
expect('Skipped: reactor is a pom module, it has no models')
// web uses core's and news's models and declares none: nothing is written for it, on either run
assert !new File(basedir, 'web/src/main/resources').exists()
assert log.count('No models in this module: no migrations') == 3 // two makemigrations, one check
// news points into core: its first migration depends on core's, and holds only news's model
def newsInitial = new File(news, '0001_initial.json').text
assert newsInitial =~ /"dependencies": \[\s*"core\/0001_initial"\s*\]/
assert newsInitial.contains('"model": "demo.news.Article"')
assert newsInitial.contains('"foreignKey": "demo.core.Reporter"')
assert !newsInitial.contains('"model": "demo.core.Reporter"')
def coreInitial = new File(core, '0001_initial.json').text
assert coreInitial.contains('"model": "demo.core.Reporter"') && !coreInitial.contains('dependencies')

// 2. the second run: nothing to do in either module
expect('No changes detected in core')
expect('No changes detected in news')

// 3. migrate: core's migration before news's, each once; showmigrations in news sees both apps applied
def applying = log.readLines().findAll { it.contains('Applying ') }.collect { it.substring(it.indexOf('Applying ')) }
assert applying == ['Applying core/0001_initial', 'Applying news/0001_initial']
expect('Migrating sqlite database\n[INFO]   No migrations to run.') // web: core's and news's are applied already
expect('[INFO] core\n[INFO]  [X] 0001_initial\n[INFO] news\n[INFO]  [X] 0001_initial\n')
// sqlmigrate: each module prints its own migration
expect('-- core/0001_initial, for sqlite')
assert log.count('-- news/0001_initial, for sqlite') == 2 // in news, and in web, which names it
expect('CREATE TABLE "article" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "headline" varchar(100) NOT NULL,'
    + ' "reporter_id" bigint NOT NULL REFERENCES "reporter" ("id")')

// 4. check passed on the recorded models, and fails once news's model changed
expect('The models of news have changes that no migration records:\n[INFO]   - Add field subtitle to Article')
expect('on project news: the models of news have changes that no migration records')
return true
