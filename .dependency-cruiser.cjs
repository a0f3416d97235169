/**
 * The layer rule of docs/architecture.md: an import may only point down this list
 *   cli, api, worker  →  config  →  engine, analytics, graders  →  bank, sandbox, providers, store  →  core
 * Modules of the same layer do not import each other (they meet through interfaces wired in config/).
 */
const layers = [
  ['cli', 'api', 'worker'],
  ['config'],
  ['engine', 'analytics', 'graders'],
  ['bank', 'sandbox', 'providers', 'store'],
  ['core'],
];

const forbidden = [];
layers.forEach((layer, index) => {
  const allowedBelow = layers.slice(index + 1).flat();
  for (const name of layer) {
    const notAllowed = layers.flat().filter((other) => other !== name && !allowedBelow.includes(other));
    if (notAllowed.length === 0) continue;
    forbidden.push({
      name: `layer-${name}`,
      comment: `src/${name} may import only from layers below it (${allowedBelow.join(', ') || 'nothing'})`,
      severity: 'error',
      from: { path: `^src/${name}/` },
      to: { path: `^src/(${notAllowed.join('|')})/` },
    });
  }
});
forbidden.push(
  { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  { name: 'not-to-test', severity: 'error', from: { path: '^src/', pathNot: '\\.test\\.ts$' }, to: { path: '^(test|bench)/' } },
);

module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
