// The layer rule: shared/ imports nothing of the app; renderer/, electron/ and server/ import
// shared/ and never each other. Checked by `npm run lint`, which `npm test` runs.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layerBan(['renderer', 'electron', 'server'], [
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
      ...layerBan(['electron', 'server'], nodeAndElectron),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  { files: ['renderer/**/*.test.{ts,tsx}'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['electron/**/*.ts'], languageOptions: { globals: globals.node }, rules: layerBan(['renderer', 'server']) },
  { files: ['server/**/*.ts'], languageOptions: { globals: globals.node }, rules: layerBan(['renderer', 'electron']) },
);
