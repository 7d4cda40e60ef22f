import type { Migration } from './index';

/**
 * Declaration templates (报关单模板): a named declaration body. Names are unique among live
 * templates, so saving under an existing name updates that template instead of adding a twin.
 * Deleting is soft (deleted_at), like every other record a broker made.
 */
export const m0005Templates: Migration = {
  id: 5,
  name: 'templates',
  sql: `
CREATE TABLE templates (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  direction   TEXT CHECK (direction IN ('I', 'E')),
  item_count  INTEGER NOT NULL DEFAULT 0,
  body        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);
CREATE UNIQUE INDEX templates_live_name ON templates (name) WHERE deleted_at IS NULL;
`,
};
