// cdktf's jest matchers (toHaveResourceWithProperties, ...), with their type declarations.
import { setupJest } from "cdktf/lib/testing/adapters/jest";

setupJest();
