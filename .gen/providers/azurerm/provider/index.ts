// https://registry.terraform.io/providers/hashicorp/azurerm/4.79.0/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AzurermProviderConfig {
  /**
  * The set of Resource Providers which should be automatically registered for the subscription.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/azurerm/4.79.0/docs#resource_provider_registrations AzurermProvider#resource_provider_registrations}
  */
  readonly resourceProviderRegistrations?: string;
  /**
  * A list of Resource Providers to explicitly register for the subscription, in addition to those specified by the `resource_provider_registrations` property.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/azurerm/4.79.0/docs#resource_providers_to_register AzurermProvider#resource_providers_to_register}
  */
  readonly resourceProvidersToRegister?: string[];
  /**
  * The Subscription ID which should be used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/azurerm/4.79.0/docs#subscription_id AzurermProvider#subscription_id}
  */
  readonly subscriptionId?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/azurerm/4.79.0/docs#alias AzurermProvider#alias}
  */
  readonly alias?: string;
  /**
  * features block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/azurerm/4.79.0/docs#features AzurermProvider#features}
  */
  readonly features?: AzurermProviderFeatures[] | cdktf.IResolvable;
}
export interface AzurermProviderFeaturesResourceGroup {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/azurerm/4.79.0/docs#prevent_deletion_if_contains_resources AzurermProvider#prevent_deletion_if_contains_resources}
  */
  readonly preventDeletionIfContainsResources?: boolean | cdktf.IResolvable;
}

export function azurermProviderFeaturesResourceGroupToTerraform(struct?: AzurermProviderFeaturesResourceGroup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    prevent_deletion_if_contains_resources: cdktf.booleanToTerraform(struct!.preventDeletionIfContainsResources),
  }
}


export function azurermProviderFeaturesResourceGroupToHclTerraform(struct?: AzurermProviderFeaturesResourceGroup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    prevent_deletion_if_contains_resources: {
      value: cdktf.booleanToHclTerraform(struct!.preventDeletionIfContainsResources),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface AzurermProviderFeatures {
  /**
  * resource_group block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/azurerm/4.79.0/docs#resource_group AzurermProvider#resource_group}
  */
  readonly resourceGroup?: AzurermProviderFeaturesResourceGroup[] | cdktf.IResolvable;
}

export function azurermProviderFeaturesToTerraform(struct?: AzurermProviderFeatures | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    resource_group: cdktf.listMapper(azurermProviderFeaturesResourceGroupToTerraform, true)(struct!.resourceGroup),
  }
}


export function azurermProviderFeaturesToHclTerraform(struct?: AzurermProviderFeatures | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    resource_group: {
      value: cdktf.listMapperHcl(azurermProviderFeaturesResourceGroupToHclTerraform, true)(struct!.resourceGroup),
      isBlock: true,
      type: "list",
      storageClassType: "AzurermProviderFeaturesResourceGroupList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/azurerm/4.79.0/docs azurerm}
*/
export class AzurermProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "azurerm";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AzurermProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AzurermProvider to import
  * @param importFromId The id of the existing AzurermProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/azurerm/4.79.0/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AzurermProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "azurerm", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/hashicorp/azurerm/4.79.0/docs azurerm} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AzurermProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: AzurermProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'azurerm',
      terraformGeneratorMetadata: {
        providerName: 'azurerm',
        providerVersion: '4.79.0'
      },
      terraformProviderSource: 'registry.terraform.io/hashicorp/azurerm'
    });
    this._resourceProviderRegistrations = config.resourceProviderRegistrations;
    this._resourceProvidersToRegister = config.resourceProvidersToRegister;
    this._subscriptionId = config.subscriptionId;
    this._alias = config.alias;
    this._features = config.features;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // resource_provider_registrations - computed: false, optional: true, required: false
  private _resourceProviderRegistrations?: string; 
  public get resourceProviderRegistrations() {
    return this._resourceProviderRegistrations;
  }
  public set resourceProviderRegistrations(value: string | undefined) {
    this._resourceProviderRegistrations = value;
  }
  public resetResourceProviderRegistrations() {
    this._resourceProviderRegistrations = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceProviderRegistrationsInput() {
    return this._resourceProviderRegistrations;
  }

  // resource_providers_to_register - computed: false, optional: true, required: false
  private _resourceProvidersToRegister?: string[]; 
  public get resourceProvidersToRegister() {
    return this._resourceProvidersToRegister;
  }
  public set resourceProvidersToRegister(value: string[] | undefined) {
    this._resourceProvidersToRegister = value;
  }
  public resetResourceProvidersToRegister() {
    this._resourceProvidersToRegister = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceProvidersToRegisterInput() {
    return this._resourceProvidersToRegister;
  }

  // subscription_id - computed: false, optional: true, required: false
  private _subscriptionId?: string; 
  public get subscriptionId() {
    return this._subscriptionId;
  }
  public set subscriptionId(value: string | undefined) {
    this._subscriptionId = value;
  }
  public resetSubscriptionId() {
    this._subscriptionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subscriptionIdInput() {
    return this._subscriptionId;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // features - computed: false, optional: true, required: false
  private _features?: AzurermProviderFeatures[] | cdktf.IResolvable; 
  public get features() {
    return this._features;
  }
  public set features(value: AzurermProviderFeatures[] | cdktf.IResolvable | undefined) {
    this._features = value;
  }
  public resetFeatures() {
    this._features = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get featuresInput() {
    return this._features;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      resource_provider_registrations: cdktf.stringToTerraform(this._resourceProviderRegistrations),
      resource_providers_to_register: cdktf.listMapper(cdktf.stringToTerraform, false)(this._resourceProvidersToRegister),
      subscription_id: cdktf.stringToTerraform(this._subscriptionId),
      alias: cdktf.stringToTerraform(this._alias),
      features: cdktf.listMapper(azurermProviderFeaturesToTerraform, true)(this._features),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      resource_provider_registrations: {
        value: cdktf.stringToHclTerraform(this._resourceProviderRegistrations),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      resource_providers_to_register: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._resourceProvidersToRegister),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      subscription_id: {
        value: cdktf.stringToHclTerraform(this._subscriptionId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      features: {
        value: cdktf.listMapperHcl(azurermProviderFeaturesToHclTerraform, true)(this._features),
        isBlock: true,
        type: "list",
        storageClassType: "AzurermProviderFeaturesList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
