import type { Migration } from '../migration'

// Tìm kiếm đã lưu (issue 6): each person's own saved searches, the query kept as JSON in the
// shape of the search method's input so a newer filter is simply absent from an older one.
export const savedSearches: Migration = {
  version: 61,
  name: 'saved-searches',
  up(db) {
    db.exec(`
      CREATE TABLE saved_searches (
        id         INTEGER PRIMARY KEY,
        user_id    INTEGER NOT NULL REFERENCES users(id),
        name       TEXT NOT NULL,
        query_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (user_id, name)
      ) STRICT;
    `)
  },
}
