import type { Migration } from '../migration'

// Văn bản đi: drafts with their file versions and review steps, the outgoing columns of a
// document (drafting unit, signer and authority, copies), numbers held in advance, recipients
// and their sending, and the links between documents (reply, replace, correct, recall).
export const outgoing: Migration = {
  version: 50,
  name: 'outgoing',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        id                   INTEGER PRIMARY KEY,
        loai_van_ban         TEXT NOT NULL REFERENCES document_types(code),
        trich_yeu            TEXT NOT NULL,
        drafting_unit_id     INTEGER NOT NULL REFERENCES units(id),
        drafter_id           INTEGER NOT NULL REFERENCES users(id),
        do_khan              TEXT NOT NULL,
        do_mat               TEXT NOT NULL,
        -- Planned recipients as the drafter lists them: [{kind, unitId | name}].
        recipients_json      TEXT NOT NULL DEFAULT '[]',
        so_luong_ban         INTEGER,
        ghi_chu              TEXT,
        reply_to_document_id INTEGER REFERENCES documents(id),
        task_id              INTEGER REFERENCES tasks(id),
        signer_id            INTEGER REFERENCES users(id),
        status               TEXT NOT NULL CHECK (status IN ('du_thao', 'cho_duyet', 'cho_the_thuc',
                               'cho_ky', 'da_ky', 'tra_lai', 'da_ban_hanh', 'huy')),
        -- Who it waits on; null while it is with the văn thư or closed.
        assignee_id          INTEGER REFERENCES users(id),
        version              INTEGER NOT NULL DEFAULT 1,
        document_id          INTEGER REFERENCES documents(id),
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drafts_drafter ON drafts (drafter_id);
      CREATE INDEX drafts_assignee ON drafts (assignee_id) WHERE assignee_id IS NOT NULL;
      CREATE INDEX drafts_status ON drafts (status);
      CREATE INDEX drafts_unit ON drafts (drafting_unit_id);

      CREATE TABLE draft_versions (
        draft_id   INTEGER NOT NULL REFERENCES drafts(id),
        version    INTEGER NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        PRIMARY KEY (draft_id, version)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE draft_files (
        draft_id INTEGER NOT NULL,
        version  INTEGER NOT NULL,
        sha256   TEXT NOT NULL REFERENCES files(sha256),
        name     TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (draft_id, version, sha256),
        FOREIGN KEY (draft_id, version) REFERENCES draft_versions (draft_id, version)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX draft_files_sha ON draft_files (sha256);

      CREATE TABLE draft_steps (
        id          INTEGER PRIMARY KEY,
        draft_id    INTEGER NOT NULL REFERENCES drafts(id),
        action      TEXT NOT NULL,
        actor_id    INTEGER NOT NULL REFERENCES users(id),
        at          TEXT NOT NULL,
        comment     TEXT,
        version     INTEGER NOT NULL,
        from_status TEXT,
        to_status   TEXT NOT NULL,
        to_user_id  INTEGER REFERENCES users(id)
      ) STRICT;
      CREATE INDEX draft_steps_draft ON draft_steps (draft_id, id);
      CREATE INDEX draft_steps_actor ON draft_steps (actor_id);

      ALTER TABLE documents ADD COLUMN drafting_unit_id INTEGER REFERENCES units(id);
      ALTER TABLE documents ADD COLUMN signer_id INTEGER REFERENCES users(id);
      ALTER TABLE documents ADD COLUMN tham_quyen TEXT;
      ALTER TABLE documents ADD COLUMN tham_quyen_chuc_vu TEXT;
      ALTER TABLE documents ADD COLUMN so_luong_ban INTEGER;
      ALTER TABLE documents ADD COLUMN quy_pham INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE documents ADD COLUMN draft_id INTEGER REFERENCES drafts(id);
      ALTER TABLE documents ADD COLUMN recalled_at TEXT;
      ALTER TABLE documents ADD COLUMN recall_reason TEXT;
      -- NĐ 30: số and ký hiệu together are unique in a year, whichever series gave the number.
      CREATE UNIQUE INDEX documents_out_so_ky_hieu ON documents (year, so_ky_hieu) WHERE direction = 'out';
      CREATE INDEX documents_drafting_unit ON documents (drafting_unit_id) WHERE drafting_unit_id IS NOT NULL;
      CREATE INDEX documents_signer ON documents (signer_id) WHERE signer_id IS NOT NULL;

      -- Numbers taken ahead ("lấy số trước"). A released number (da_tra) is given to the next
      -- document issued from the same register and year (cap_lai), so the series has no gap.
      CREATE TABLE number_reservations (
        id               INTEGER PRIMARY KEY,
        register_id      INTEGER NOT NULL REFERENCES registers(id),
        year             INTEGER NOT NULL,
        number           INTEGER NOT NULL,
        so_ky_hieu       TEXT NOT NULL,
        loai_van_ban     TEXT NOT NULL REFERENCES document_types(code),
        drafting_unit_id INTEGER REFERENCES units(id),
        quy_pham         INTEGER NOT NULL DEFAULT 0,
        trich_yeu        TEXT,
        note             TEXT,
        status           TEXT NOT NULL CHECK (status IN ('dang_giu', 'da_dung', 'da_tra', 'cap_lai')),
        reserved_by      INTEGER REFERENCES users(id),
        reserved_at      TEXT NOT NULL,
        released_at      TEXT,
        released_by      INTEGER REFERENCES users(id),
        release_reason   TEXT,
        document_id      INTEGER REFERENCES documents(id),
        UNIQUE (register_id, year, number)
      ) STRICT;
      CREATE INDEX number_reservations_status ON number_reservations (status, register_id, year, number);

      CREATE TABLE outgoing_recipients (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        kind        TEXT NOT NULL CHECK (kind IN ('unit', 'outside')),
        unit_id     INTEGER REFERENCES units(id),
        issuer_id   INTEGER REFERENCES issuers(id),
        name        TEXT NOT NULL,
        position    INTEGER NOT NULL,
        way         TEXT CHECK (way IN ('dien_tu', 'giay', 'buu_dien')),
        sent_on     TEXT,
        sent_at     TEXT,
        sent_by     INTEGER REFERENCES users(id),
        received_at TEXT,
        received_by INTEGER REFERENCES users(id),
        recalled_at TEXT,
        CHECK ((kind = 'unit') = (unit_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX outgoing_recipients_document ON outgoing_recipients (document_id, position);
      CREATE INDEX outgoing_recipients_unit ON outgoing_recipients (unit_id) WHERE unit_id IS NOT NULL;
      CREATE UNIQUE INDEX outgoing_recipients_one_unit ON outgoing_recipients (document_id, unit_id) WHERE unit_id IS NOT NULL;

      -- from answers / replaces / corrects / recalls to.
      CREATE TABLE document_links (
        from_id    INTEGER NOT NULL REFERENCES documents(id),
        to_id      INTEGER NOT NULL REFERENCES documents(id),
        kind       TEXT NOT NULL CHECK (kind IN ('tra_loi', 'thay_the', 'dinh_chinh', 'thu_hoi')),
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users(id),
        PRIMARY KEY (from_id, to_id, kind),
        CHECK (from_id <> to_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX document_links_to ON document_links (to_id);

      ALTER TABLE tasks ADD COLUMN reply_document_id INTEGER REFERENCES documents(id);
      ALTER TABLE notifications ADD COLUMN draft_id INTEGER REFERENCES drafts(id);
    `)
  },
}
