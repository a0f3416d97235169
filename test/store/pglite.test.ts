import { defineStoreConformance } from './store-conformance.js';
import { migrate, openPgliteClient, SqlStore } from '../../src/store/index.js';

defineStoreConformance('PGlite (in-memory)', async () => {
  const client = await openPgliteClient();
  await migrate(client);
  const store = new SqlStore(client);
  return { store, client, cleanup: () => store.close() };
});
