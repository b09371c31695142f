"use strict";
// The library-load floor of scripts/bench.js: loads, in the order a synth did, every library module a synth
// of the examples loaded (node_modules/ and the generated bindings of .gen/ and imports/, listed in the file given) and
// nothing of the project's own code. A synth cannot be faster than this.
require("../bin/ts-hook");
for (const f of JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"))) require(f);
