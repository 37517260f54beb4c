import {defineConfig} from 'vitest/config'

// Tests run the TypeScript sources through the `source` export condition;
// end-to-end tests run the built CLI (`pnpm test` builds first).
export default defineConfig({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source']}},
  test: {
    include: ['packages/*/src/**/*.test.ts', 'rules/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    testTimeout: 30000
  }
})
