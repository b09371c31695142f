// The JSON Schema of an environment file, generated from the zod schema so editors
// (yaml-language-server) validate and complete it. Committed as schema/environment.schema.json;
// a test keeps the two in sync.
import { z } from "zod";
import { EnvironmentSchema } from "./schema";

export function environmentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(EnvironmentSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: "https://agent-router-azure/schema/environment.schema.json",
    title: "agent-router-azure environment",
    ...schema,
  };
}
