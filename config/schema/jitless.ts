// Imported first by config/schema/index.ts, before any schema is built: zod compiles a fast path
// for each object schema (`new Function`, generated code) the first time it parses with it. That
// pays off over many parses; a run of this tool parses a handful of environment files, once each,
// so compiling the generated code cost more than it saved (about 9 ms of loading the examples'
// environments, docs/performance.md). Without it zod takes its ordinary path: the same result,
// the same issues. Read when a schema is built, hence before the other modules of this folder.
import { z } from "zod";

z.config({ jitless: true });
