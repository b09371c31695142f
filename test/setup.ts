// cdktf's jest matchers (toHaveResourceWithProperties, ...), with their type declarations.
import { setupJest } from "cdktf/lib/testing/adapters/jest";

setupJest();

// The libraries read these from the process's environment over the project's own settings: synth
// clears or refuses them (test/library-variables.test.ts), but tests that render or synthesize
// directly would see a developer's shell. The tests run as CI runs them.
delete process.env.CDK8S_DISABLE_SORT;
delete process.env.SYNTH_HCL_OUTPUT;
