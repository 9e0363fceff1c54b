import type { Migration } from '../migration'

// Tra cứu (issue 6, ARCHITECTURE §4): full-text indexes in SQLite FTS5, and the queue that keeps
// them in step with every write.
//
// - search_meta: one row per document (rowid = documents.id) over its metadata only: số/ký hiệu,
//   an exact lower-case column with diacritics, the folded trích yếu, the folded loại, cơ quan,
//   người ký and nơi nhận. Small, with prefix indexes: it answers as the user types.
// - search_all: the same folded metadata plus the body (attachment text, the imported text,
//   directions, the document's tasks), for full queries; no prefix index, which would double it.
// - search_tasks: every task (title; content, result and source), with prefix indexes.
// Column f of the document tables holds the filter values as tokens (direction, loại, cơ quan,
// status, độ khẩn, year and month of the date) and the people and units that reach the
// document, so a filtered search, or a specialist's, narrows inside FTS5.
// All are contentless (the text lives in its own tables; FTS5 keeps only the index, half the
// size) with contentless_delete so a row is replaced by rowid. Text arrives folded by our code
// (search/tokens.ts), so the tokenizer keeps diacritics: it only splits and lower-cases. Each
// column also carries every pair of adjacent syllables as one token, so a phrase is matched and
// ranked like a word, without reading positions (the reasons and figures are in tokens.ts).
//
// Triggers write what changed into search_dirty in the writer's own transaction; search catches
// up from that queue (search/sync.ts), so no write path can forget the index. Existing rows are
// queued here and indexed on first use or by a rebuild.
export const search: Migration = {
  version: 60,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE search_meta USING fts5(
        so, exact, tieu, meta, f,
        content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 0', detail=full, prefix='1 2 3'
      );
      CREATE VIRTUAL TABLE search_all USING fts5(
        so, tieu, meta, body, f,
        content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 0', detail=full
      );
      CREATE VIRTUAL TABLE search_tasks USING fts5(
        tieu, body,
        content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 0', detail=full, prefix='1 2 3'
      );

      -- kind 'd' = documents.id, 't' = tasks.id. AUTOINCREMENT: a sequence number is never
      -- reused, so "everything after seq N" stays true while rows are deleted.
      CREATE TABLE search_dirty (
        seq  INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('d', 't')),
        id   INTEGER NOT NULL
      ) STRICT;

      -- synced_seq: the queue is applied up to here. rebuild_seq: a rebuild started after this
      -- entry; entries after it are kept for the rebuilt tables. format: the version of the text
      -- preparation; an index written by another version is rebuilt.
      CREATE TABLE search_state (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        synced_seq  INTEGER NOT NULL,
        rebuild_seq INTEGER,
        format      INTEGER NOT NULL
      ) STRICT;
      INSERT INTO search_state (id, synced_seq, rebuild_seq, format) VALUES (1, 0, NULL, 1);


      CREATE TRIGGER search_documents_insert AFTER INSERT ON documents BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', NEW.id);
      END;
      -- The indexed text, the columns the filters are indexed from, and the people and units
      -- that reach the document (search/tokens.ts, search/sources.ts).
      CREATE TRIGGER search_documents_update AFTER UPDATE OF so_ky_hieu, trich_yeu, loai_van_ban,
          co_quan_ban_hanh, nguoi_ky, chuc_vu_nguoi_ky, noi_nhan, body, status, do_khan, ngay_den,
          ngay_ban_hanh, created_by, nguoi_nhan_id, presented_to, signer_id, don_vi_nhan_id,
          drafting_unit_id, draft_id ON documents
        WHEN NEW.so_ky_hieu IS NOT OLD.so_ky_hieu OR NEW.trich_yeu IS NOT OLD.trich_yeu
          OR NEW.loai_van_ban IS NOT OLD.loai_van_ban OR NEW.co_quan_ban_hanh IS NOT OLD.co_quan_ban_hanh
          OR NEW.nguoi_ky IS NOT OLD.nguoi_ky OR NEW.chuc_vu_nguoi_ky IS NOT OLD.chuc_vu_nguoi_ky
          OR NEW.noi_nhan IS NOT OLD.noi_nhan OR NEW.body IS NOT OLD.body
          OR NEW.status IS NOT OLD.status OR NEW.do_khan IS NOT OLD.do_khan
          OR NEW.ngay_den IS NOT OLD.ngay_den OR NEW.ngay_ban_hanh IS NOT OLD.ngay_ban_hanh
          OR NEW.created_by IS NOT OLD.created_by OR NEW.nguoi_nhan_id IS NOT OLD.nguoi_nhan_id
          OR NEW.presented_to IS NOT OLD.presented_to OR NEW.signer_id IS NOT OLD.signer_id
          OR NEW.don_vi_nhan_id IS NOT OLD.don_vi_nhan_id
          OR NEW.drafting_unit_id IS NOT OLD.drafting_unit_id OR NEW.draft_id IS NOT OLD.draft_id BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', NEW.id);
      END;
      CREATE TRIGGER search_documents_delete AFTER DELETE ON documents BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', OLD.id);
      END;

      CREATE TRIGGER search_document_files_insert AFTER INSERT ON document_files BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', NEW.document_id);
      END;
      CREATE TRIGGER search_document_files_delete AFTER DELETE ON document_files BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', OLD.document_id);
      END;
      -- Text extracted after the file was attached (a rerun of extraction).
      CREATE TRIGGER search_file_texts_insert AFTER INSERT ON file_texts BEGIN
        INSERT INTO search_dirty (kind, id)
          SELECT 'd', document_id FROM document_files WHERE sha256 = NEW.sha256;
      END;

      CREATE TRIGGER search_document_steps_insert AFTER INSERT ON document_steps BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', NEW.document_id);
      END;
      CREATE TRIGGER search_document_steps_update AFTER UPDATE OF text, document_id, actor_id,
          recorded_by ON document_steps BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', NEW.document_id);
        INSERT INTO search_dirty (kind, id) SELECT 'd', OLD.document_id WHERE OLD.document_id IS NOT NEW.document_id;
      END;
      CREATE TRIGGER search_document_steps_delete AFTER DELETE ON document_steps BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', OLD.document_id);
      END;
      CREATE TRIGGER search_document_informs_insert AFTER INSERT ON document_informs BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', NEW.document_id);
      END;
      CREATE TRIGGER search_document_informs_delete AFTER DELETE ON document_informs BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', OLD.document_id);
      END;
      CREATE TRIGGER search_recipients_insert AFTER INSERT ON outgoing_recipients BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', NEW.document_id);
      END;
      CREATE TRIGGER search_recipients_update AFTER UPDATE OF sent_at, unit_id ON outgoing_recipients
        BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', NEW.document_id);
      END;
      CREATE TRIGGER search_recipients_delete AFTER DELETE ON outgoing_recipients BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', OLD.document_id);
      END;

      CREATE TRIGGER search_tasks_insert AFTER INSERT ON tasks BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('t', NEW.id);
        INSERT INTO search_dirty (kind, id) SELECT 'd', NEW.document_id WHERE NEW.document_id IS NOT NULL;
      END;
      CREATE TRIGGER search_tasks_update AFTER UPDATE OF title, content, result, source_text,
          document_id, assigner_id, lead_unit_id, lead_user_id, handler_id ON tasks
        WHEN NEW.title IS NOT OLD.title OR NEW.content IS NOT OLD.content OR NEW.result IS NOT OLD.result
          OR NEW.source_text IS NOT OLD.source_text OR NEW.document_id IS NOT OLD.document_id
          OR NEW.assigner_id IS NOT OLD.assigner_id OR NEW.lead_unit_id IS NOT OLD.lead_unit_id
          OR NEW.lead_user_id IS NOT OLD.lead_user_id OR NEW.handler_id IS NOT OLD.handler_id BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('t', NEW.id);
        INSERT INTO search_dirty (kind, id) SELECT 'd', NEW.document_id WHERE NEW.document_id IS NOT NULL;
        INSERT INTO search_dirty (kind, id) SELECT 'd', OLD.document_id
          WHERE OLD.document_id IS NOT NULL AND OLD.document_id IS NOT NEW.document_id;
      END;
      CREATE TRIGGER search_tasks_delete AFTER DELETE ON tasks BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('t', OLD.id);
        INSERT INTO search_dirty (kind, id) SELECT 'd', OLD.document_id WHERE OLD.document_id IS NOT NULL;
      END;

      CREATE TRIGGER search_task_members_insert AFTER INSERT ON task_members BEGIN
        INSERT INTO search_dirty (kind, id)
          SELECT 'd', document_id FROM tasks WHERE id = NEW.task_id AND document_id IS NOT NULL;
      END;
      CREATE TRIGGER search_task_members_update AFTER UPDATE OF task_id, role, unit_id, user_id
          ON task_members BEGIN
        INSERT INTO search_dirty (kind, id)
          SELECT 'd', document_id FROM tasks WHERE id IN (OLD.task_id, NEW.task_id) AND document_id IS NOT NULL;
      END;
      CREATE TRIGGER search_task_members_delete AFTER DELETE ON task_members BEGIN
        INSERT INTO search_dirty (kind, id)
          SELECT 'd', document_id FROM tasks WHERE id = OLD.task_id AND document_id IS NOT NULL;
      END;
      -- A person who moves takes the documents of their tasks to their new unit.
      CREATE TRIGGER search_users_unit AFTER UPDATE OF unit_id ON users
        WHEN NEW.unit_id IS NOT OLD.unit_id BEGIN
        INSERT INTO search_dirty (kind, id)
          SELECT 'd', t.document_id FROM tasks t
          WHERE t.document_id IS NOT NULL AND (t.lead_user_id = NEW.id OR t.handler_id = NEW.id
            OR EXISTS (SELECT 1 FROM task_members m WHERE m.task_id = t.id AND m.user_id = NEW.id));
      END;

      INSERT INTO search_dirty (kind, id) SELECT 'd', id FROM documents ORDER BY id;
      INSERT INTO search_dirty (kind, id) SELECT 't', id FROM tasks ORDER BY id;
    `)
  },
}
