#include "pipeline/store/schema.h"

#include <fmt/format.h>

#include "pipeline/store/transaction.h"

namespace planrows {
namespace {

// Migration N+1 takes a database from version N to N+1. Never edit one that
// has shipped; add another.
const char* const kMigrations[] = {
    // 1: the normalized store of boards, documents and their action rows.
    R"sql(
CREATE TABLE boards (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  key  TEXT NOT NULL UNIQUE          -- name folded to a slug; boards are one per key
);
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  board_id     INTEGER NOT NULL REFERENCES boards(id),
  path         TEXT NOT NULL UNIQUE, -- absolute path when ingested
  file_name    TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  size_bytes   INTEGER NOT NULL,
  kind         TEXT NOT NULL,        -- text, pdf, scan, mixed
  pages        INTEGER NOT NULL,
  title        TEXT,
  period_start INTEGER,
  period_end   INTEGER,
  ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_by_board ON documents(board_id);
CREATE TABLE document_warnings (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  message     TEXT NOT NULL
);
CREATE TABLE sections (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ref         TEXT,
  title       TEXT
);
CREATE INDEX sections_by_document ON sections(document_id);
CREATE TABLE actions (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  section_id  INTEGER REFERENCES sections(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,      -- order in the document, from 0
  ref         TEXT,
  outcome     TEXT,
  action      TEXT,
  lead        TEXT,                  -- as printed
  timeframe   TEXT,                  -- as printed
  progress    TEXT,                  -- as printed
  page        INTEGER NOT NULL,
  line        INTEGER,               -- line of a text input
  x0 REAL, y0 REAL, x1 REAL, y1 REAL, -- box on the page
  confidence  REAL,                  -- mean OCR confidence, when OCR read it
  UNIQUE (document_id, ordinal)
);
CREATE TABLE action_extra (
  action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  name      TEXT NOT NULL,
  value     TEXT NOT NULL,
  PRIMARY KEY (action_id, position)
);
CREATE TABLE action_flags (
  action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  flag      TEXT NOT NULL,
  PRIMARY KEY (action_id, flag)
);
CREATE TABLE leads (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL,                -- first printed form seen
  key  TEXT NOT NULL UNIQUE,         -- case, spacing and punctuation folded
  kind TEXT                          -- person, role or group, once normalized
);
CREATE TABLE action_leads (
  action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  lead_id   INTEGER NOT NULL REFERENCES leads(id),
  name      TEXT NOT NULL,           -- as split from the lead cell
  PRIMARY KEY (action_id, position)
);
CREATE INDEX action_leads_by_lead ON action_leads(lead_id);
CREATE TABLE timeframes (
  action_id  INTEGER PRIMARY KEY REFERENCES actions(id) ON DELETE CASCADE,
  text       TEXT NOT NULL,          -- as printed
  start_date TEXT,                   -- ISO dates, once normalized
  end_date   TEXT,
  kind       TEXT
);
)sql",
    // 2: full-text search over actions and outcomes, and views for people
    // who query the store with SQLite tools directly.
    R"sql(
CREATE VIRTUAL TABLE actions_fts USING fts5(
  action, outcome, content = 'actions', content_rowid = 'id', tokenize = 'porter unicode61');
CREATE TRIGGER actions_fts_insert AFTER INSERT ON actions BEGIN
  INSERT INTO actions_fts(rowid, action, outcome) VALUES (new.id, new.action, new.outcome);
END;
CREATE TRIGGER actions_fts_delete AFTER DELETE ON actions BEGIN
  INSERT INTO actions_fts(actions_fts, rowid, action, outcome) VALUES ('delete', old.id, old.action, old.outcome);
END;
CREATE TRIGGER actions_fts_update AFTER UPDATE OF action, outcome ON actions BEGIN
  INSERT INTO actions_fts(actions_fts, rowid, action, outcome) VALUES ('delete', old.id, old.action, old.outcome);
  INSERT INTO actions_fts(rowid, action, outcome) VALUES (new.id, new.action, new.outcome);
END;
INSERT INTO actions_fts(actions_fts) VALUES ('rebuild');

-- One row per action with its board, document and section: the export, in SQL.
CREATE VIEW action_rows AS
SELECT a.id AS action_id, b.name AS board, b.key AS board_key, d.file_name AS document, d.sha256 AS document_sha256,
       d.period_start, d.period_end, s.ref AS section_ref, s.title AS section, a.ref, a.outcome, a.action,
       a.lead, a.timeframe, a.progress, a.page, a.line, a.x0, a.y0, a.x1, a.y1, a.confidence
FROM actions a
JOIN documents d ON d.id = a.document_id
JOIN boards b ON b.id = d.board_id
LEFT JOIN sections s ON s.id = a.section_id;

-- Each action's leads as separate entities.
CREATE VIEW action_lead_names AS
SELECT al.action_id, al.position, al.name AS printed, l.name AS lead, l.key AS lead_key, l.kind
FROM action_leads al JOIN leads l ON l.id = al.lead_id;

-- Per document: how many rows have each field an auditor checks.
CREATE VIEW document_completeness AS
SELECT b.name AS board, d.file_name AS document, d.id AS document_id, count(a.id) AS rows,
       count(a.ref) AS with_ref, count(a.lead) AS with_lead, count(a.timeframe) AS with_timeframe,
       count(a.progress) AS with_progress,
       (SELECT count(DISTINCT f.action_id) FROM action_flags f JOIN actions fa ON fa.id = f.action_id
        WHERE fa.document_id = d.id) AS flagged
FROM documents d
JOIN boards b ON b.id = d.board_id
LEFT JOIN actions a ON a.document_id = d.id
GROUP BY d.id;

-- Rows that lack a lead, a timeframe or a progress status, with where to look.
CREATE VIEW row_gaps AS
SELECT board, document, page, line, ref, action,
       lead IS NULL AS missing_lead, timeframe IS NULL AS missing_timeframe, progress IS NULL AS missing_progress
FROM action_rows
WHERE lead IS NULL OR timeframe IS NULL OR progress IS NULL;
)sql",
    // 3: normalized values beside the printed ones: status, topics, and
    // views that analysts start from.
    R"sql(
ALTER TABLE actions ADD COLUMN status TEXT;  -- complete, on_track, delayed, not_started, red, amber, green, unknown
CREATE TABLE topics (
  id    INTEGER PRIMARY KEY,
  key   TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL
);
CREATE TABLE action_topics (
  action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  topic_id  INTEGER NOT NULL REFERENCES topics(id),
  matched   TEXT NOT NULL,               -- the words that tagged it
  PRIMARY KEY (action_id, topic_id)
);
CREATE INDEX action_topics_by_topic ON action_topics(topic_id);

-- Boards by topic: how many of each board's actions are about each topic.
CREATE VIEW board_topics AS
SELECT b.name AS board, b.key AS board_key, t.key AS topic_key, t.label AS topic, d.period_start, d.period_end,
       count(*) AS actions
FROM action_topics at
JOIN topics t ON t.id = at.topic_id
JOIN actions a ON a.id = at.action_id
JOIN documents d ON d.id = a.document_id
JOIN boards b ON b.id = d.board_id
GROUP BY b.id, t.id, d.period_start, d.period_end;

-- Each action's timeframe as printed and as dates.
CREATE VIEW action_timeframes AS
SELECT r.board, r.document, r.page, r.ref, r.timeframe, t.start_date, t.end_date, t.kind
FROM action_rows r LEFT JOIN timeframes t ON t.action_id = r.action_id
WHERE r.timeframe IS NOT NULL;
)sql",
    // 4: how plan-like each document's rows read (RowPlausibility), so that
    // audits list first the documents whose layout was likely misread.
    R"sql(
ALTER TABLE documents ADD COLUMN layout_confidence REAL;  -- 0..1; NULL for documents stored before
DROP VIEW document_completeness;
CREATE VIEW document_completeness AS
SELECT b.name AS board, d.file_name AS document, d.id AS document_id, count(a.id) AS rows,
       count(a.ref) AS with_ref, count(a.lead) AS with_lead, count(a.timeframe) AS with_timeframe,
       count(a.progress) AS with_progress,
       (SELECT count(DISTINCT f.action_id) FROM action_flags f JOIN actions fa ON fa.id = f.action_id
        WHERE fa.document_id = d.id) AS flagged,
       d.layout_confidence
FROM documents d
JOIN boards b ON b.id = d.board_id
LEFT JOIN actions a ON a.document_id = d.id
GROUP BY d.id;
)sql",
    // 5: an index under every foreign key that had none, so that deleting a
    // document's sections and warnings (ON DELETE CASCADE) looks up its own
    // rows instead of scanning everyone's: replacing a document then costs
    // the same in a small database and a large one.
    R"sql(
CREATE INDEX actions_by_section ON actions(section_id);
CREATE INDEX document_warnings_by_document ON document_warnings(document_id);
)sql",
    // 6: the views carry the action id, so that their rows join back to
    // actions, and action_rows the normalized values the export carries.
    R"sql(
DROP VIEW row_gaps;
DROP VIEW action_timeframes;
DROP VIEW action_rows;
CREATE VIEW action_rows AS
SELECT a.id AS action_id, b.name AS board, b.key AS board_key, d.file_name AS document, d.sha256 AS document_sha256,
       d.period_start, d.period_end, s.ref AS section_ref, s.title AS section, a.ref, a.outcome, a.action,
       a.lead, a.timeframe, a.progress, a.page, a.line, a.x0, a.y0, a.x1, a.y1, a.confidence,
       a.status, t.start_date, t.end_date, t.kind AS timeframe_kind, d.kind AS document_kind, d.id AS document_id
FROM actions a
JOIN documents d ON d.id = a.document_id
JOIN boards b ON b.id = d.board_id
LEFT JOIN sections s ON s.id = a.section_id
LEFT JOIN timeframes t ON t.action_id = a.id;

CREATE VIEW action_timeframes AS
SELECT action_id, board, document, page, ref, timeframe, start_date, end_date, timeframe_kind AS kind
FROM action_rows
WHERE timeframe IS NOT NULL;

CREATE VIEW row_gaps AS
SELECT action_id, board, document, page, line, ref, action,
       lead IS NULL AS missing_lead, timeframe IS NULL AS missing_timeframe, progress IS NULL AS missing_progress
FROM action_rows
WHERE lead IS NULL OR timeframe IS NULL OR progress IS NULL;
)sql",
    // 7: a document whose board could not be read has a board of its own
    // marked unknown, which board analyses leave out (board_topics, from
    // migration 8 on) and audits list.
    R"sql(
ALTER TABLE boards ADD COLUMN known INTEGER NOT NULL DEFAULT 1;  -- 0: no board name was read
UPDATE boards SET known = 0 WHERE key = 'unknown-board';
)sql",
    // 8: plans. Documents of one plan (its text, PDF and scan) share a
    // plan_id; plan_documents marks the one rendition analyses count, so
    // that board_topics counts each plan once, of known boards only.
    R"sql(
ALTER TABLE documents ADD COLUMN plan_id INTEGER;  -- id of the plan's first stored document
UPDATE documents SET plan_id = id;
CREATE INDEX documents_by_plan ON documents(plan_id);
-- Each document with its plan, and whether it is the one counted: born-digital
-- PDF over text over mixed over scan, then the most rows, then the first stored.
CREATE VIEW plan_documents AS
SELECT d.id AS document_id, d.plan_id, d.file_name AS document, d.kind,
       d.id = (SELECT r.id FROM documents r WHERE r.plan_id = d.plan_id
               ORDER BY CASE r.kind WHEN 'pdf' THEN 0 WHEN 'text' THEN 1 WHEN 'mixed' THEN 2 ELSE 3 END,
                        (SELECT count(*) FROM actions a WHERE a.document_id = r.id) DESC, r.id
               LIMIT 1) AS counted
FROM documents d;
DROP VIEW board_topics;
CREATE VIEW board_topics AS
SELECT b.name AS board, b.key AS board_key, t.key AS topic_key, t.label AS topic, d.period_start, d.period_end,
       count(*) AS actions
FROM action_topics at
JOIN topics t ON t.id = at.topic_id
JOIN actions a ON a.id = at.action_id
JOIN documents d ON d.id = a.document_id
JOIN plan_documents p ON p.document_id = d.id AND p.counted
JOIN boards b ON b.id = d.board_id
WHERE b.known
GROUP BY b.id, t.id, d.period_start, d.period_end;
)sql",
    // 9: the writer of a document adds all its actions to the full-text
    // index in one statement, after its rows. The trigger added each action
    // by itself, and FTS5 writes what it holds at the end of every statement:
    // a segment, merged later, for each action (a quarter of storing's time).
    R"sql(
DROP TRIGGER actions_fts_insert;
)sql",
    // 10: each lead keeps the entity its own text names besides the one it
    // is linked to, so that a board's links can be worked out again from
    // what was printed: a merge that a later document makes ambiguous, or
    // whose fuller name goes with a removed document, is undone.
    R"sql(
ALTER TABLE action_leads ADD COLUMN own_lead_id INTEGER REFERENCES leads(id);  -- before resolving
UPDATE action_leads SET own_lead_id = lead_id;
CREATE INDEX action_leads_by_own_lead ON action_leads(own_lead_id);
)sql",
};

constexpr int kMigrationCount = sizeof(kMigrations) / sizeof(kMigrations[0]);

Result<int> UserVersion(Database* db) {
  Result<Statement> statement = db->Prepare("PRAGMA user_version");
  if (!statement.ok()) return statement.status();
  Result<bool> row = statement->Step();
  if (!row.ok()) return row.status();
  return static_cast<int>(statement->Int(0));
}

Status CheckNotNewer(int version) {
  if (version <= kMigrationCount) return Status::Ok();
  return Status::Unsupported(
      fmt::format("database schema version {} is newer than this planrows ({})", version, kMigrationCount));
}

}  // namespace

int Schema::CurrentVersion() { return kMigrationCount; }

Status Schema::Migrate(Database* db) {
  // Reading first keeps the common case, a current database, free of the
  // write lock that would make concurrent readers wait.
  Result<int> version = UserVersion(db);
  if (!version.ok()) return version.status();
  if (Status status = CheckNotNewer(*version); !status.ok()) return status;
  if (*version == kMigrationCount) return Status::Ok();
  Transaction transaction(db);
  if (Status status = transaction.Begin(); !status.ok()) return status;
  // Read again under the lock: another process may have migrated meanwhile.
  version = UserVersion(db);
  if (!version.ok()) return version.status();
  if (Status status = CheckNotNewer(*version); !status.ok()) return status;
  for (int v = *version; v < kMigrationCount; ++v) {
    if (Status status = db->Exec(kMigrations[v]); !status.ok()) {
      return Status::IoError(fmt::format("migration {}: {}", v + 1, status.message()));
    }
  }
  // PRAGMA takes no parameters; the value is our own integer.
  if (Status status = db->Exec(fmt::format("PRAGMA user_version = {}", kMigrationCount)); !status.ok()) return status;
  return transaction.Commit();
}

}  // namespace planrows
