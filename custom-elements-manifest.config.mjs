// `npm run manifest` (cem analyze): custom-elements.json from the classes'
// JSDoc, which is each widget's public contract. Only the *.component.ts
// files hold element classes; the define modules would add duplicates.
export default {
  globs: ['components/**/*.component.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
