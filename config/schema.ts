// The environment file's schema lives in config/schema/, one module per block (fields.ts holds
// the shared field types; index.ts assembles EnvironmentSchema). This file keeps every
// `from "./schema"` import working.
export * from "./schema/index";
