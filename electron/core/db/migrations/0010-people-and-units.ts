import type { Migration } from '../migration'

// The foundation: the agency and its units as a tree, users with roles, sessions, login
// throttling, settings, and the append-only audit trail every write goes through.
export const peopleAndUnits: Migration = {
  version: 10,
  name: 'people-and-units',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE units (
        id          INTEGER PRIMARY KEY,
        parent_id   INTEGER REFERENCES units(id),
        name        TEXT NOT NULL,
        short_name  TEXT NOT NULL COLLATE NOCASE,
        code        TEXT,
        sort_order  INTEGER NOT NULL DEFAULT 0,
        disabled_at TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        CHECK (id <> parent_id)
      ) STRICT;
      -- One agency per data directory: exactly one root.
      CREATE UNIQUE INDEX units_one_root ON units ((parent_id IS NULL)) WHERE parent_id IS NULL;
      CREATE UNIQUE INDEX units_short_name ON units (short_name);
      CREATE INDEX units_parent ON units (parent_id);

      CREATE TABLE users (
        id                   INTEGER PRIMARY KEY,
        username             TEXT NOT NULL UNIQUE,
        full_name            TEXT NOT NULL,
        position             TEXT NOT NULL,
        unit_id              INTEGER NOT NULL REFERENCES units(id),
        password_hash        TEXT NOT NULL,
        email                TEXT,
        phone                TEXT,
        must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
        disabled_at          TEXT,
        last_login_at        TEXT,
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL
      ) STRICT;
      CREATE INDEX users_unit ON users (unit_id);

      CREATE TABLE user_roles (
        user_id INTEGER NOT NULL REFERENCES users(id),
        role    TEXT NOT NULL CHECK (role IN ('van_thu', 'lanh_dao', 'chuyen_vien', 'quan_tri')),
        PRIMARY KEY (user_id, role)
      ) STRICT, WITHOUT ROWID;

      -- Only the SHA-256 of a session token is stored: a copied database opens no session.
      CREATE TABLE sessions (
        token_hash   TEXT PRIMARY KEY,
        user_id      INTEGER NOT NULL REFERENCES users(id),
        door         TEXT NOT NULL CHECK (door IN ('ipc', 'http', 'cli')),
        created_at   TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at   TEXT NOT NULL,
        client       TEXT
      ) STRICT;
      CREATE INDEX sessions_user ON sessions (user_id);

      CREATE TABLE login_failures (
        username        TEXT PRIMARY KEY,
        failures        INTEGER NOT NULL,
        last_failure_at TEXT NOT NULL
      ) STRICT;

      -- Append-only. Each row carries the hash of the one before it, so an edited or missing
      -- row breaks the chain.
      CREATE TABLE audit_log (
        id            INTEGER PRIMARY KEY,
        at            TEXT NOT NULL,
        actor_user_id INTEGER REFERENCES users(id),
        actor         TEXT NOT NULL,
        method        TEXT NOT NULL,
        record_type   TEXT,
        record_id     INTEGER,
        detail        TEXT NOT NULL,
        prev_hash     TEXT NOT NULL,
        hash          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_record ON audit_log (record_type, record_id);
      CREATE INDEX audit_actor ON audit_log (actor_user_id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `)
  },
}
