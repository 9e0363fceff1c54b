import type { Migration } from '../migration'

// Văn bản đến: registers and their yearly number series, the document-type catalogue, the
// directory of issuing bodies, content-addressed files with their extracted text, documents
// and their attachments, and the queue of received files waiting to be registered.
export const registersAndDocuments: Migration = {
  version: 20,
  name: 'registers-and-documents',
  up(db) {
    db.exec(`
      CREATE TABLE document_types (
        code         TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        abbreviation TEXT,
        kind         TEXT NOT NULL CHECK (kind IN ('hanh_chinh', 'ban_sao', 'qppl', 'khac')),
        sort_order   INTEGER NOT NULL,
        disabled_at  TEXT
      ) STRICT;

      CREATE TABLE registers (
        id          INTEGER PRIMARY KEY,
        direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        name        TEXT NOT NULL,
        code        TEXT NOT NULL UNIQUE COLLATE NOCASE,
        secret      INTEGER NOT NULL DEFAULT 0 CHECK (secret IN (0, 1)),
        is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        disabled_at TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX registers_one_default ON registers (direction) WHERE is_default = 1;

      -- The last number given in a register's series for a year (NĐ 30: from 01 on 01/01).
      CREATE TABLE register_counters (
        register_id INTEGER NOT NULL REFERENCES registers(id),
        year        INTEGER NOT NULL,
        last_number INTEGER NOT NULL,
        PRIMARY KEY (register_id, year)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE issuers (
        id           INTEGER PRIMARY KEY,
        name         TEXT NOT NULL,
        name_key     TEXT NOT NULL UNIQUE,
        code         TEXT,
        use_count    INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE files (
        sha256      TEXT PRIMARY KEY,
        size        INTEGER NOT NULL,
        mime        TEXT NOT NULL,
        pages       INTEGER,
        text_status TEXT NOT NULL CHECK (text_status IN ('text', 'scanned', 'mixed', 'none')),
        created_by  INTEGER REFERENCES users(id),
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE file_texts (
        sha256           TEXT PRIMARY KEY REFERENCES files(sha256),
        body             TEXT NOT NULL,
        first_page_lines TEXT NOT NULL
      ) STRICT;

      CREATE TABLE documents (
        id                 INTEGER PRIMARY KEY,
        direction          TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        register_id        INTEGER NOT NULL REFERENCES registers(id),
        year               INTEGER NOT NULL,
        number             INTEGER NOT NULL,
        ngay_den           TEXT,
        so                 TEXT,
        ky_hieu            TEXT,
        so_ky_hieu         TEXT NOT NULL,
        dup_key            TEXT,
        ngay_ban_hanh      TEXT,
        issuer_id          INTEGER REFERENCES issuers(id),
        co_quan_ban_hanh   TEXT,
        co_quan_fold       TEXT,
        co_quan_sort       TEXT,
        loai_van_ban       TEXT NOT NULL REFERENCES document_types(code),
        trich_yeu          TEXT NOT NULL,
        trich_yeu_sort     TEXT NOT NULL,
        nguoi_ky           TEXT,
        chuc_vu_nguoi_ky   TEXT,
        so_trang           INTEGER,
        do_khan            TEXT NOT NULL,
        do_mat             TEXT NOT NULL,
        han_xu_ly          TEXT,
        don_vi_nhan_id     INTEGER REFERENCES units(id),
        nguoi_nhan_id      INTEGER REFERENCES users(id),
        noi_nhan           TEXT,
        phuong_thuc        TEXT,
        ghi_chu            TEXT,
        body               TEXT,
        status             TEXT NOT NULL,
        external_id        TEXT UNIQUE,
        created_by         INTEGER REFERENCES users(id),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        UNIQUE (register_id, year, number)
      ) STRICT;
      -- The register screen sorts and pages 100,000 rows: one index per sortable column.
      CREATE INDEX documents_list ON documents (direction, year, number);
      CREATE INDEX documents_ngay_den ON documents (direction, ngay_den, number);
      CREATE INDEX documents_ngay_ban_hanh ON documents (direction, ngay_ban_hanh, id);
      CREATE INDEX documents_co_quan_sort ON documents (direction, co_quan_sort, id);
      CREATE INDEX documents_trich_yeu_sort ON documents (direction, trich_yeu_sort, id);
      CREATE INDEX documents_han_xu_ly ON documents (direction, han_xu_ly, id);
      CREATE INDEX documents_dup ON documents (dup_key);
      CREATE INDEX documents_issuer ON documents (issuer_id);
      CREATE INDEX documents_type ON documents (loai_van_ban);
      CREATE INDEX documents_recipient_unit ON documents (don_vi_nhan_id);
      CREATE INDEX documents_recipient_user ON documents (nguoi_nhan_id);

      CREATE TABLE document_files (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        sha256      TEXT NOT NULL REFERENCES files(sha256),
        name        TEXT NOT NULL,
        position    INTEGER NOT NULL,
        PRIMARY KEY (document_id, sha256)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX document_files_sha ON document_files (sha256);

      -- Received, not yet registered ("chờ vào sổ").
      CREATE TABLE intake (
        id          INTEGER PRIMARY KEY,
        sha256      TEXT NOT NULL REFERENCES files(sha256),
        name        TEXT NOT NULL,
        source      TEXT NOT NULL CHECK (source IN ('drop', 'import-pdf')),
        received_at TEXT NOT NULL,
        received_by INTEGER REFERENCES users(id),
        status      TEXT NOT NULL CHECK (status IN ('waiting', 'registered', 'dismissed')),
        document_id INTEGER REFERENCES documents(id),
        reason      TEXT
      ) STRICT;
      CREATE INDEX intake_status ON intake (status);
      CREATE UNIQUE INDEX intake_one_waiting ON intake (sha256) WHERE status = 'waiting';
    `)
    // The default registers, so a new office can register on day one (issue: foundation of
    // văn bản đến). Admins rename them or add series (secret documents …) later.
    const now = new Date().toISOString()
    const add = db.prepare(
      `INSERT INTO registers (direction, name, code, secret, is_default, created_at, updated_at)
       VALUES (?, ?, ?, 0, 1, ?, ?)`,
    )
    add.run('in', 'Sổ văn bản đến', 'VBĐ', now, now)
    add.run('out', 'Sổ văn bản đi', 'VBĐI', now, now)
  },
}
