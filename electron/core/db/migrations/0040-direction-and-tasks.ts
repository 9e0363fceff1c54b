import type { Migration } from '../migration'

// Chỉ đạo điều hành: the Phiếu giải quyết of each incoming document as a list of steps, tasks
// with their lead, supporting and informed parties, every event on a task (progress, extension,
// explanation, completion), and notifications. Buckets (trong hạn, quá hạn, …) are not stored:
// they are derived from the dates and today (shared/tasks/buckets.ts).
export const directionAndTasks: Migration = {
  version: 40,
  name: 'direction-and-tasks',
  up(db) {
    db.exec(`
      -- The leader a document was presented to and waits on; null once directed.
      ALTER TABLE documents ADD COLUMN presented_to INTEGER REFERENCES users(id);
      CREATE INDEX documents_presented_to ON documents (presented_to) WHERE presented_to IS NOT NULL;
      CREATE INDEX documents_status ON documents (direction, status);

      CREATE TABLE tasks (
        id               INTEGER PRIMARY KEY,
        title            TEXT NOT NULL,
        content          TEXT,
        source_kind      TEXT NOT NULL CHECK (source_kind IN ('van_ban', 'cuoc_hop', 'khac')),
        source_text      TEXT,
        document_id      INTEGER REFERENCES documents(id),
        -- Copied from the document: a secret task is seen only by the people named on it.
        secret           INTEGER NOT NULL DEFAULT 0 CHECK (secret IN (0, 1)),
        assigner_id      INTEGER NOT NULL REFERENCES users(id),
        lead_unit_id     INTEGER REFERENCES units(id),
        lead_user_id     INTEGER REFERENCES users(id),
        handler_id       INTEGER REFERENCES users(id),
        handler_deadline TEXT,
        priority         TEXT NOT NULL CHECK (priority IN ('thuong', 'cao', 'khan')),
        deadline         TEXT NOT NULL,
        deadline_rule    TEXT,
        percent          INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        given_on         TEXT NOT NULL,
        completed_at     TEXT,
        completed_on     TEXT,
        result           TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        CHECK ((lead_unit_id IS NULL) <> (lead_user_id IS NULL)),
        CHECK ((completed_at IS NULL) = (completed_on IS NULL))
      ) STRICT;
      CREATE INDEX tasks_document ON tasks (document_id);
      CREATE INDEX tasks_given_on ON tasks (given_on);
      CREATE INDEX tasks_open_deadline ON tasks (deadline) WHERE completed_at IS NULL;
      CREATE INDEX tasks_lead_unit ON tasks (lead_unit_id);
      CREATE INDEX tasks_lead_user ON tasks (lead_user_id);
      CREATE INDEX tasks_handler ON tasks (handler_id);
      CREATE INDEX tasks_assigner ON tasks (assigner_id);

      CREATE TABLE task_members (
        task_id  INTEGER NOT NULL REFERENCES tasks(id),
        role     TEXT NOT NULL CHECK (role IN ('phoi_hop', 'de_biet')),
        unit_id  INTEGER REFERENCES units(id),
        user_id  INTEGER REFERENCES users(id),
        deadline TEXT,
        read_at  TEXT,
        CHECK ((unit_id IS NULL) <> (user_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX task_members_one ON task_members (task_id, role, IFNULL(unit_id, 0), IFNULL(user_id, 0));
      CREATE INDEX task_members_user ON task_members (user_id) WHERE user_id IS NOT NULL;
      CREATE INDEX task_members_unit ON task_members (unit_id) WHERE unit_id IS NOT NULL;

      CREATE TABLE task_events (
        id            INTEGER PRIMARY KEY,
        task_id       INTEGER NOT NULL REFERENCES tasks(id),
        kind          TEXT NOT NULL,
        actor_id      INTEGER NOT NULL REFERENCES users(id),
        recorded_by   INTEGER REFERENCES users(id),
        at            TEXT NOT NULL,
        text          TEXT,
        percent       INTEGER,
        deadline_from TEXT,
        deadline_to   TEXT
      ) STRICT;
      CREATE INDEX task_events_task ON task_events (task_id, id);

      CREATE TABLE task_event_files (
        event_id INTEGER NOT NULL REFERENCES task_events(id),
        sha256   TEXT NOT NULL REFERENCES files(sha256),
        name     TEXT NOT NULL,
        PRIMARY KEY (event_id, sha256)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE task_extensions (
        id                INTEGER PRIMARY KEY,
        task_id           INTEGER NOT NULL REFERENCES tasks(id),
        requested_by      INTEGER NOT NULL REFERENCES users(id),
        requested_at      TEXT NOT NULL,
        reason            TEXT NOT NULL,
        current_deadline  TEXT NOT NULL,
        proposed_deadline TEXT NOT NULL,
        status            TEXT NOT NULL CHECK (status IN ('cho_duyet', 'da_duyet', 'tu_choi')),
        decided_by        INTEGER REFERENCES users(id),
        decided_at        TEXT,
        decision_note     TEXT,
        granted_deadline  TEXT
      ) STRICT;
      CREATE INDEX task_extensions_task ON task_extensions (task_id);
      -- At most one request waits on a task at a time.
      CREATE UNIQUE INDEX task_extensions_one_pending ON task_extensions (task_id) WHERE status = 'cho_duyet';

      CREATE TABLE task_explanations (
        id           INTEGER PRIMARY KEY,
        task_id      INTEGER NOT NULL REFERENCES tasks(id),
        requested_by INTEGER NOT NULL REFERENCES users(id),
        requested_at TEXT NOT NULL,
        question     TEXT NOT NULL,
        answered_by  INTEGER REFERENCES users(id),
        answered_at  TEXT,
        answer       TEXT
      ) STRICT;
      CREATE INDEX task_explanations_task ON task_explanations (task_id);

      -- The Phiếu giải quyết: trình (0), lãnh đạo cơ quan (1), lãnh đạo đơn vị (2), người xử lý (3).
      CREATE TABLE document_steps (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        level       INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
        kind        TEXT NOT NULL CHECK (kind IN ('trinh', 'chi_dao', 'phan_cong', 'de_xuat', 'hoan_thanh')),
        actor_id    INTEGER NOT NULL REFERENCES users(id),
        recorded_by INTEGER REFERENCES users(id),
        on_paper    INTEGER NOT NULL DEFAULT 0 CHECK (on_paper IN (0, 1)),
        to_json     TEXT NOT NULL DEFAULT '[]',
        text        TEXT,
        deadline    TEXT,
        task_id     INTEGER REFERENCES tasks(id),
        at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX document_steps_document ON document_steps (document_id, id);
      CREATE INDEX document_steps_actor ON document_steps (actor_id);

      -- "Nhận để biết" on a document: closes itself once the person opens it.
      CREATE TABLE document_informs (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        user_id     INTEGER NOT NULL REFERENCES users(id),
        step_id     INTEGER NOT NULL REFERENCES document_steps(id),
        read_at     TEXT,
        PRIMARY KEY (document_id, user_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX document_informs_unread ON document_informs (user_id) WHERE read_at IS NULL;

      -- One row per reminder or event for a person. dedupe_key makes the reminder sweep
      -- idempotent: run it after any downtime and each reminder exists exactly once.
      CREATE TABLE notifications (
        id              INTEGER PRIMARY KEY,
        user_id         INTEGER NOT NULL REFERENCES users(id),
        kind            TEXT NOT NULL,
        title           TEXT NOT NULL,
        body            TEXT NOT NULL,
        task_id         INTEGER REFERENCES tasks(id),
        document_id     INTEGER REFERENCES documents(id),
        dedupe_key      TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        read_at         TEXT,
        desktop_shown_at TEXT,
        UNIQUE (user_id, dedupe_key)
      ) STRICT;
      CREATE INDEX notifications_user ON notifications (user_id, id);
    `)
  },
}
