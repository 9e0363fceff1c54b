import type { Migration } from '../migration'

// Quyền xem từng văn bản (issue 7 §1): access granted to one person for one document, on top of
// the visibility rules (access/document-rules.ts). A grant is never deleted: revoking stamps
// it, so the list of who could see a secret document, and when, is kept for good. At most one
// live grant per person and document.
//
// Grants are a way to reach a document, so the search index (column f, search/sources.ts
// documentReach) must learn of them: each change queues the document as 0060's triggers do.
export const documentGrants: Migration = {
  version: 70,
  name: 'document-grants',
  up(db) {
    db.exec(`
      CREATE TABLE document_grants (
        id            INTEGER PRIMARY KEY,
        document_id   INTEGER NOT NULL REFERENCES documents(id),
        user_id       INTEGER NOT NULL REFERENCES users(id),
        -- NULL: granted by the system (the CLI acting on a data directory).
        granted_by    INTEGER REFERENCES users(id),
        granted_at    TEXT NOT NULL,
        reason        TEXT,
        revoked_at    TEXT,
        revoked_by    INTEGER REFERENCES users(id),
        revoke_reason TEXT,
        CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL)),
        CHECK (revoked_by IS NULL OR revoked_at IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX document_grants_live ON document_grants (document_id, user_id)
        WHERE revoked_at IS NULL;
      CREATE INDEX document_grants_user ON document_grants (user_id, document_id)
        WHERE revoked_at IS NULL;

      CREATE TRIGGER search_document_grants_insert AFTER INSERT ON document_grants BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', NEW.document_id);
      END;
      CREATE TRIGGER search_document_grants_update AFTER UPDATE OF revoked_at, user_id, document_id
          ON document_grants BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', NEW.document_id);
        INSERT INTO search_dirty (kind, id) SELECT 'd', OLD.document_id
          WHERE OLD.document_id IS NOT NEW.document_id;
      END;
      CREATE TRIGGER search_document_grants_delete AFTER DELETE ON document_grants BEGIN
        INSERT INTO search_dirty (kind, id) VALUES ('d', OLD.document_id);
      END;
    `)
  },
}
