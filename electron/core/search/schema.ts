// The FTS5 tables of migration 0060, as the rebuild creates them afresh (under a temporary
// name, swapped in when complete). Keep in step with the migration: a test compares them.

/** Version of the text preparation (tokens.ts). An index written by another version is rebuilt. */
export const INDEX_FORMAT = 1

export type IndexTables = Readonly<{ meta: string; all: string; tasks: string }>

export const LIVE: IndexTables = { meta: 'search_meta', all: 'search_all', tasks: 'search_tasks' }
export const NEXT: IndexTables = {
  meta: 'search_meta_next',
  all: 'search_all_next',
  tasks: 'search_tasks_next',
}

const OPTIONS = `content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', detail=full`

export function createTablesSql(t: IndexTables): string {
  return `
    CREATE VIRTUAL TABLE ${t.meta} USING fts5(so, exact, tieu, meta, f, ${OPTIONS}, prefix='1 2 3');
    CREATE VIRTUAL TABLE ${t.all} USING fts5(so, tieu, meta, body, f, ${OPTIONS});
    CREATE VIRTUAL TABLE ${t.tasks} USING fts5(tieu, body, ${OPTIONS}, prefix='1 2 3');`
}

/** bm25 column weights of the task index: the title above content and result. */
export const TASK_WEIGHTS = '4.0, 1.0'
