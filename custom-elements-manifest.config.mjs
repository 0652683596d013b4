// `npm run manifest` (cem analyze): custom-elements.json from the classes'
// JSDoc, which is each widget's public contract. Element classes live in the
// *.component.ts files, the classes they extend in *-element.ts files
// (internal/sip-element.ts, internal/widget-element.ts,
// admin/moderation-element.ts): the analyzer lists what an element inherits
// only from superclasses it has read. The define modules would add duplicates.
export default {
  globs: ['components/**/*.component.ts', 'components/**/*-element.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
