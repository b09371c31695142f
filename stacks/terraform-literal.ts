// Where config enters the stacks. Every string of cdk.tf.json is a Terraform template: `${...}`
// interpolates and `%{...}` is a directive, so a tag value `${file("/etc/passwd")}` would read a
// local file into an Azure tag. Terraform's own escape is `$${` and `%%{` (Terraform language,
// "Strings and Templates": "a literal ${ ... write $${"; JSON syntax evaluates every string
// property as a template). addEnvironmentStacks hands the stacks a Plan whose every string is
// so escaped (the plan is resolved from the file's own text, then escaped whole), so no
// construct can forget it.
//
// cdktf's own references (`${TfToken[...]}`) are created inside the stacks, after this, and are
// never touched. cdktf escapes `${` itself in string literals passed to Fn.* calls, so a config
// string must not go to an Fn.* argument (it would be escaped twice); the name-like fields that
// do are validated (config/schema.ts) and cannot contain `${` or `%{` anyway.

/** A config string as the literal text of a Terraform template. */
export function terraformLiteral(value: string): string {
  // Replacement functions: in a replacement string "$$" would itself mean one "$".
  return value.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/** A deep copy of `value` with every string (keys included) made a Terraform literal. */
export function terraformLiterals<T>(value: T): T {
  if (typeof value === "string") return terraformLiteral(value) as T;
  if (Array.isArray(value)) return value.map((v) => terraformLiterals(v)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // defineProperty keeps a key such as __proto__ as data instead of changing the prototype.
      Object.defineProperty(out, terraformLiteral(k), { value: terraformLiterals(v), enumerable: true, writable: true, configurable: true });
    }
    return out as T;
  }
  return value;
}
