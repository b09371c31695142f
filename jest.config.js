/** @type {import('jest').Config} */
const { INTEGRATION_SUITES } = require("./test/tiers");

const base = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "\\.ts$": "@sucrase/jest-plugin" },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  moduleFileExtensions: ["ts", "js", "json"],
  testTimeout: 60000,
};
const integration = INTEGRATION_SUITES.map((name) => `<rootDir>/test/${name}.test.ts`);

// JEST_TIER=integration (npm run test:integration) runs the shell, file-system and CLI suites;
// the default is the fast tier that `npm test` runs.
module.exports =
  process.env.JEST_TIER === "integration"
    ? { ...base, testMatch: integration }
    : {
        ...base,
        testMatch: ["**/*.test.ts"],
        testPathIgnorePatterns: ["/node_modules/", ...INTEGRATION_SUITES.map((n) => `/test/${n}\\.test\\.ts$`)],
        // jest's default on two cores is one worker; the fast tier's suites are independent and
        // CPU-bound, so two workers take about a quarter off on the CI machine's two cores.
        maxWorkers: 2,
      };
