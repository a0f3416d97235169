import { describe, expect, it } from 'vitest';
import { describeStore, formatLocation, parseDatabaseUrl } from '../../src/store/index.js';

describe('database URL', () => {
  it('takes host, port and database from the URL and never the password', () => {
    expect(parseDatabaseUrl('postgres://user:pw@db.example:6543/bench?sslmode=require')).toEqual({ host: 'db.example', port: 6543, database: 'bench' });
  });

  it("applies libpq's defaults: port 5432, database named after the user", () => {
    expect(parseDatabaseUrl('postgresql://alice@localhost')).toEqual({ host: 'localhost', port: 5432, database: 'alice' });
    expect(formatLocation(parseDatabaseUrl('postgres:///aibaas?host=/run/postgresql'))).toBe('/run/postgresql:5432/aibaas');
  });

  it('rejects other schemes and garbage with DATABASE_URL_INVALID without echoing the value', () => {
    for (const url of ['mysql://u:secret@h/db', 'not a url secret']) {
      let error: unknown;
      try {
        parseDatabaseUrl(url);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: 'DATABASE_URL_INVALID' });
      expect((error as Error).message).not.toContain('secret');
    }
  });

  it('describes the embedded database by its directory', () => {
    expect(describeStore({ dataDir: '.aibaas' })).toBe('PGlite at .aibaas/db');
  });
});
