// Runs the fake provider in its own process so the benchmark's CPU figures are the client's alone.
// Options come as JSON in argv[2]; the server's base URL is printed as one JSON line on stdout.
import { startFakeProvider, type FakeProviderOptions } from '../test/support/fake-provider/server.js';

const options = JSON.parse(process.argv[2] ?? '{}') as FakeProviderOptions;
const fake = await startFakeProvider({ ...options, record: false });
process.stdout.write(`${JSON.stringify({ url: fake.url, openaiBaseUrl: fake.openaiBaseUrl })}\n`);
process.on('SIGTERM', () => {
  void fake.close().then(() => process.exit(0));
});
