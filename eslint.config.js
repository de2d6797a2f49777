// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Decision record 0003: a module in api/src/modules is entered only through its index.ts. Inside a
 * module, `../<other>/<file>.js` reaches past another module's door; outside, `modules/<m>/<file>.js`
 * does. Both are refused, so a newcomer finds a module's whole surface in one file.
 */
const INTO_MODULES = {
  regex: String.raw`(^|/)modules/[^/]+/(?!index\.js$).+`,
  message: 'Import a module only through its index.ts (`modules/<module>/index.js`; decision record 0003).',
};
const BETWEEN_MODULES = {
  regex: String.raw`^\.\./(?!\.\.)[^/]+/(?!index\.js$).+`,
  message: 'Import another module only through its index.ts (`../<module>/index.js`; decision record 0003).',
};

/** One lint configuration for the whole workspace (`pnpm lint`). */
export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.cache/**',
      '**/.data/**',
      '**/coverage/**',
      'portal/app/graphql/generated/**',
      'api/src/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // Unused arguments named with a leading underscore document an interface we must accept.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Type-only imports keep runtime import graphs (and their cycles) honest.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // Decision record 0007: no code path may hold a pooled connection while it asks the pool for
    // another. Domain code therefore works only on the EntityManager it is given (the request's, or
    // the transaction it is in) and never opens a connection or EntityManager of its own; the
    // integration test "serves every kind of request … from a pool of one connection" proves it.
    files: ['api/src/modules/**/*.ts', 'api/src/common/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='fork']",
          message: 'Use the EntityManager you were given: a fork takes a second pooled connection while the caller may hold one (decision record 0007).',
        },
        {
          selector: "MemberExpression[property.name=/^(getKnex|getConnection|getDriver)$/]",
          message: 'Run SQL with em.execute on the EntityManager you were given, never on a connection of your own (decision record 0007).',
        },
      ],
    },
  },
  {
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'rate-limiter-flexible', message: 'Its stores take a connection of their own; use RateLimit from common/abuse.ts (decision record 0007).' },
          ],
          patterns: [INTO_MODULES],
        },
      ],
    },
  },
  {
    files: ['api/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'rate-limiter-flexible', message: 'Its stores take a connection of their own; use RateLimit from common/abuse.ts (decision record 0007).' },
          ],
          patterns: [INTO_MODULES, BETWEEN_MODULES],
        },
      ],
    },
  },
  {
    // A module's own tests may open its files; everything else still goes through the door.
    files: ['api/test/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'rate-limiter-flexible', message: 'Use RateLimit from common/abuse.ts (decision record 0007).' }] },
      ],
    },
  },
  {
    files: ['portal/app/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Code that ships to the browser validates with `zod/mini`: the full zod probes `new Function`
    // for its fast parsers, which the portal's CSP (no 'unsafe-eval', decision record 0012) reports
    // as a violation, and it weighs several times more. Server-only files (`*.server.ts`, `.server/`
    // folders, which Remix keeps out of the client bundle) and tests (never bundled) may use it.
    // tests/lint/browser-zod.test.ts proves the rule.
    files: ['portal/app/**/*.{ts,tsx}'],
    ignores: ['portal/app/**/*.server.{ts,tsx}', 'portal/app/**/.server/**', 'portal/app/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod/v4', 'zod/v3', 'zod/compile'].map((name) => ({
            name,
            message: "Browser code imports `zod/mini`: the full zod probes `new Function`, which the portal's CSP forbids. Server-only code belongs in a `*.server.ts` file.",
          })),
        },
      ],
    },
  },
);
