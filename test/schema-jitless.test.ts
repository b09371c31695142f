// config/schema/jitless.ts: validating environment files compiles no code (zod's generated fast
// path costs more to compile than a run of this tool parses), and the result is zod's ordinary one.
import * as path from "path";
import { exampleFiles, ROOT } from "./helpers";

test("building the schema and loading the examples compiles no code", () => {
  const compiled = jest.spyOn(globalThis, "Function");
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { loadEnvironments } = require("../config/loader") as typeof import("../config/loader");
    const loaded = loadEnvironments(exampleFiles().map((f) => path.join(ROOT, f)), "/");
    expect(loaded.environments).toHaveLength(exampleFiles().length);
    expect(compiled).not.toHaveBeenCalled();
  } finally {
    compiled.mockRestore();
  }
});
