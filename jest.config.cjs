// jest runs TypeScript through @swc/jest (fast, no type-check: `npm run typecheck` does that).
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022" }, module: { type: "commonjs" } }] },
  // This ESM-only package (the OpenAPI validator used by the API tests) goes through swc too.
  transformIgnorePatterns: ["/node_modules/(?!@seriousme/)"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testTimeout: 30000,
};
