// The JSON Schema for editors: generated from the zod schema, committed, and in sync.
import Ajv2020 from "ajv/dist/2020";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { environmentJsonSchema } from "../config/json-schema";
import { exampleFiles, ROOT } from "./helpers";

const committed = JSON.parse(fs.readFileSync(path.join(ROOT, "schema", "environment.schema.json"), "utf8"));

test("schema/environment.schema.json is up to date (npm run schema regenerates it)", () => {
  expect(committed).toEqual(environmentJsonSchema());
});

describe("editors see the same rules as the loader", () => {
  const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(committed);

  test.each(exampleFiles())("%s is valid", (file) => {
    const ok = validate(parse(fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test("a typo in a field name is flagged", () => {
    const data = parse(fs.readFileSync(path.join(ROOT, "environments/dev.yaml"), "utf8"));
    data.cluster.tierr = "small";
    expect(validate(data)).toBe(false);
  });

  test("every field carries a description", () => {
    const missing: string[] = [];
    const walk = (node: any, at: string) => {
      for (const [key, prop] of Object.entries<any>(node?.properties ?? {})) {
        if (!prop.description && !prop.items && prop.type !== "object") missing.push(`${at}${key}`);
        walk(prop, `${at}${key}.`);
        walk(prop.items, `${at}${key}[].`);
      }
    };
    walk(committed, "");
    expect(missing).toEqual([]);
  });
});
