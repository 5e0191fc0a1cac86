#!/usr/bin/env node
'use strict';
// The whole test suite (what `npm test` and .ci/run run):
//   1. lint (n8n community rules), 2. build + `npm pack` once, 3. make sure the pinned real n8n is
//   installed in the cache, 4. unit tests, 5. end-to-end tests in real n8n against the sandbox.
// Any extra arguments are test files to run instead of the default folders.
const { execFileSync, spawnSync } = require('child_process');
const path = require('path');
const { buildAndPack, root } = require('./package');
const { ensureN8n } = require('../test/harness/n8n');

const step = (name) => console.log(`\n=== ${name}`);
const started = Date.now();

step('lint');
execFileSync('npx', ['eslint', '.'], { cwd: root, stdio: 'inherit' });

step('build and pack');
const tarball = buildAndPack();
console.log(tarball);

step('type-check the in-process test harness against n8n-workflow');
execFileSync('npx', ['tsc', '-p', path.join('test', 'unit', 'harness', 'tsconfig.json')], { cwd: root, stdio: 'inherit' });

step('real n8n (pinned, cached outside the repo)');
const n8nDir = ensureN8n();
console.log(n8nDir);

step('Chromium for the browser tests (Debian package, proven headless)');
const chromium = execFileSync('bash', [path.join(root, 'scripts', 'ensure-chromium.sh')], {
	encoding: 'utf8',
	stdio: ['ignore', 'pipe', 'inherit'],
}).trim();
console.log(chromium || 'not available: the browser test will fail (WMS_SKIP_BROWSER=1 skips it)');

const files = process.argv.slice(2);
const suites = files.length ? [['selected', files]] : [['unit', ['test/unit/']], ['end-to-end', ['test/e2e/']]];
let failed = false;
for (const [name, targets] of suites) {
	step(`${name} tests`);
	const res = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...targets], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, WMS_PACKAGE_TARBALL: tarball, WMS_N8N_DIR: n8nDir, ...(chromium ? { CHROMIUM_PATH: chromium } : {}) },
	});
	if (res.status !== 0) failed = true;
}
console.log(`\nwhole suite took ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed ? 1 : 0);
