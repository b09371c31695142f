// Secrets the cluster needs and the YAML only names: credentials stay in Terraform state
// (and the variables that feed them), never in synthesized output.
import { SecretV1 } from "../../.gen/providers/kubernetes/secret-v1";
import { Fn, Token } from "cdktf";
import { Construct } from "constructs";

export interface OpaqueSecretProps {
  readonly name: string;
  readonly namespace: string;
  /** Key → value; values are tokens (variables, resource attributes), never literals. */
  readonly data: Readonly<Record<string, string>>;
}

export class OpaqueSecret extends Construct {
  constructor(scope: Construct, id: string, props: OpaqueSecretProps) {
    super(scope, id);
    new SecretV1(this, "Resource", {
      metadata: { name: props.name, namespace: props.namespace, labels: { "app.kubernetes.io/managed-by": "terraform" } },
      type: "Opaque",
      data: { ...props.data },
    });
  }
}

export interface PullSecretProps {
  readonly name: string;
  /**
   * The same secret in each namespace (Step d.3 creates it in tars-system and tars-dataplane),
   * keyed by a stable construct id (a namespace may be a token).
   */
  readonly namespaces: Readonly<Record<string, string>>;
  /** Registry host, known at synthesis (it is a key of the Docker config's `auths`). */
  readonly server: string;
  readonly username: string;
  readonly password: string;
}

/** Guide: Step d.3 (kubectl create secret docker-registry ...) in every namespace that pulls. */
export class PullSecret extends Construct {
  constructor(scope: Construct, id: string, props: PullSecretProps) {
    super(scope, id);
    if (Token.isUnresolved(props.server) || !props.server) {
      throw new Error(`PullSecret ${id}: server must be a registry host known at synthesis, got "${props.server}"`);
    }
    const dockerConfig = Fn.jsonencode({
      auths: {
        [props.server]: {
          username: props.username,
          password: props.password,
          auth: Fn.base64encode(Fn.join(":", [props.username, props.password])),
        },
      },
    });
    for (const [key, namespace] of Object.entries(props.namespaces)) {
      new SecretV1(this, key, {
        metadata: { name: props.name, namespace, labels: { "app.kubernetes.io/managed-by": "terraform" } },
        type: "kubernetes.io/dockerconfigjson",
        data: { ".dockerconfigjson": dockerConfig },
      });
    }
  }
}
