// Where Terraform keeps the state of both stacks.
import type { Environment } from "../config/loader";
import { required } from "./invariant";
import { stackNames } from "./names";

type StateConfig = Environment["state"];
type PerStack = { readonly azure: string; readonly cluster: string };

export type StatePlan =
  | { readonly backend: "local" }
  | (Readonly<Omit<NonNullable<StateConfig["azurerm"]>, "keyPrefix">> & {
      readonly backend: "azurerm";
      readonly keyPrefix: string;
      /** Blob key of each stack's state. */
      readonly keys: PerStack;
    })
  | (Readonly<Omit<NonNullable<StateConfig["cloud"]>, "workspacePrefix">> & {
      readonly backend: "cloud";
      readonly workspacePrefix: string;
      /** Terraform Cloud workspace of each stack. */
      readonly workspaces: PerStack;
    });

export function resolveState(env: Environment): StatePlan {
  const stacks = stackNames(env);
  const perStack = (f: (stack: string) => string): PerStack => ({ azure: f(stacks.azure), cluster: f(stacks.cluster) });
  switch (env.state.backend) {
    case "local":
      return { backend: "local" };
    case "azurerm": {
      const a = required(env.state.azurerm, "state.azurerm", "AR030");
      return { ...a, backend: "azurerm", keyPrefix: keyPrefix(env), keys: perStack((s) => stateKey(env, s)) };
    }
    case "cloud": {
      const c = required(env.state.cloud, "state.cloud", "AR030");
      return { ...c, backend: "cloud", workspacePrefix: workspacePrefix(env), workspaces: perStack((s) => cloudWorkspace(env, s)) };
    }
  }
}

/** `state.azurerm.keyPrefix`, by default the environment's name. */
function keyPrefix(env: Environment): string {
  return env.state.azurerm?.keyPrefix ?? env.name;
}

/** `state.cloud.workspacePrefix`, by default `agent-router-`. */
function workspacePrefix(env: Environment): string {
  return env.state.cloud?.workspacePrefix ?? "agent-router-";
}

/** Blob key of a stack's state with `state.backend: azurerm`. */
export function stateKey(env: Environment, stack: string): string {
  return `${keyPrefix(env)}/${stack}.tfstate`;
}

/** Terraform Cloud workspace of a stack with `state.backend: cloud`. */
export function cloudWorkspace(env: Environment, stack: string): string {
  return `${workspacePrefix(env)}${stack}`;
}
