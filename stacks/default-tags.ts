// Guide: Step 3.1 TAGS, applied to every taggable resource (azurerm has no provider-level
// default tags). Explicit tags on a resource win.
import { TerraformResource, type IAspect } from "cdktf";
import type { IConstruct } from "constructs";

interface Taggable {
  tags: Record<string, string> | undefined;
  readonly tagsInput: Record<string, string> | undefined;
}

function isTaggable(node: IConstruct): node is TerraformResource & Taggable {
  return node instanceof TerraformResource && "tagsInput" in node && "tags" in node;
}

export class DefaultTags implements IAspect {
  constructor(private readonly tags: Readonly<Record<string, string>>) {}

  visit(node: IConstruct): void {
    if (isTaggable(node) && node.tagsInput === undefined) {
      node.tags = { ...this.tags };
    }
  }
}
