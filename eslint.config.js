// The layer rule: shared/ imports nothing of the app; renderer/, electron/ and server/ import
// shared/ and never each other; none of them imports test code (test/). Inside the renderer, dependencies run one way too (see
// rendererZones below), and no file anywhere is part of an import cycle.
// Checked by `npm run lint`, which `npm test` runs; test/layers.test.ts proves each rule bites.
import fs from 'node:fs';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

// The renderer's folders, bottom up. Each folder below the features lists the folders it may
// import; every other folder is a feature, which may import the folders below and another feature
// only through that feature's index.ts. app/ composes the features (their index.ts and their
// locales.ts) and nothing imports app/.
const BELOW_FEATURES = {
  lib: [],
  i18n: ['lib'],
  ui: ['lib', 'i18n'],
  db: ['lib'],
  sync: ['lib', 'i18n', 'ui', 'db'],
};
const rendererFolders = fs.readdirSync(new URL('./renderer', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const features = rendererFolders.filter((folder) => !(folder in BELOW_FEATURES) && folder !== 'app');
const r = (folder) => `renderer/${folder}`;
// A feature's second public entry, lighter than its index.ts, for a screen that must load fast
// (docs/architecture.md, "Light entries").
const LIGHT_ENTRIES = { submission: ['./badge.ts'] };

const rendererZones = [
  ...Object.entries(BELOW_FEATURES).map(([folder, allowed]) => ({
    target: r(folder),
    from: rendererFolders.filter((other) => other !== folder && !allowed.includes(other)).map(r),
    message: `renderer/${folder}/ sits below the features and may import only ${allowed.length ? allowed.map((a) => `${a}/`).join(', ') : 'shared/ and packages'}.`,
  })),
  ...features.map((feature) => ({
    target: features.filter((other) => other !== feature).map(r),
    from: r(feature),
    except: ['./index.ts', ...(LIGHT_ENTRIES[feature] ?? [])],
    message: `A feature imports renderer/${feature}/ only through its index.ts${LIGHT_ENTRIES[feature] ? ` (or ${LIGHT_ENTRIES[feature].join(', ')})` : ''}.`,
  })),
  ...features.map((feature) => ({
    target: r('app'),
    from: r(feature),
    except: ['./index.ts', './locales.ts'],
    message: `app/ imports renderer/${feature}/ only through its index.ts (and its locales.ts).`,
  })),
  { target: features.map(r), from: r('app'), message: 'Nothing imports renderer/app/: it composes the features.' },
];

const layerBan = (layers, extra = []) => ({
  'no-restricted-imports': ['error', {
    patterns: [
      ...layers.map((layer) => ({
        group: [`**/${layer}`, `**/${layer}/**`],
        message: `Layer rule: this layer may not import from ${layer}/ (see DEVELOPERS.md / eslint.config.js).`,
      })),
      ...extra,
    ],
  }],
});

const nodeAndElectron = [
  { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'], message: 'Layer rule: no Node built-ins here.' },
  { group: ['electron'], message: 'Layer rule: only electron/ may import electron.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'server/dist/', 'dist-electron/', 'release/', 'test-results/', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layerBan(['renderer', 'electron', 'server', 'test'], [
      ...nodeAndElectron,
      { group: ['react', 'react-dom', 'dexie', 'pdfjs-dist', 'zustand', 'i18next'], message: 'Layer rule: shared/ is pure TypeScript that runs anywhere.' },
    ]),
  },
  { files: ['shared/**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...layerBan(['electron', 'server', 'test'], nodeAndElectron),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Tests are not held to the folder order (a db test may use the sync test helpers); nothing
    // imports a test, so a test cannot close a cycle, which no-cycle checks for every file.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: rendererZones }] },
  },
  { files: ['renderer/**/*.test.{ts,tsx}'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['electron/**/*.ts'], languageOptions: { globals: globals.node }, rules: layerBan(['renderer', 'server', 'test']) },
  { files: ['server/**/*.ts'], languageOptions: { globals: globals.node }, rules: layerBan(['renderer', 'electron', 'test']) },
);
