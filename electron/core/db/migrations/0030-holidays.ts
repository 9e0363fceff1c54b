import type { Migration } from '../migration'

// The working-day calendar: the defaults of each year are computed (Bộ luật Lao động 2019
// Điều 112, Tết and Giỗ Tổ from the lunar calendar); this table keeps only what an admin set
// for a date, which replaces the default there: the Tết block and the day beside 02/9 as the
// Government announces them, swapped and make-up days, or a default day that is not off.
export const holidays: Migration = {
  version: 30,
  name: 'holidays',
  up(db) {
    db.exec(`
      CREATE TABLE holiday_overrides (
        date       TEXT PRIMARY KEY,
        kind       TEXT NOT NULL CHECK (kind IN ('nghi_le', 'nghi_bu', 'lam_bu', 'khong_nghi')),
        name       TEXT NOT NULL,
        updated_by INTEGER REFERENCES users(id),
        updated_at TEXT NOT NULL
      ) STRICT;
    `)
  },
}
