// The two test tiers. `npm test` runs everything except these suites: they start shells,
// servers and whole command-line runs, and take most of jest's time on two cores. CI runs them
// with `npm run test:integration` (.ci/run), and so can anyone on demand.
module.exports.INTEGRATION_SUITES = [
  "cli",
  "committed-terraform",
  "doc-commands",
  "envoyproxy-live",
  "kubectl-commands",
  "output-faults",
  "runbook-shells",
  "schema-copy",
  "verify-script",
  "cleanup-script",
];
