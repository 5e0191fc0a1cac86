'use strict';
// The README is ordered for users (install, credentials, operations, triggers, examples,
// troubleshooting, tested versions; development last), its first commands are the two
// fresh-machine commands, and every in-page link lands on a heading that exists.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');

const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const lines = readme.split('\n');
const { readmeAnchors } = require('../harness/readme');
describe('README', () => {
	it('has the user-facing sections in order, development last', () => {
		const order = ['Try it', 'Install in n8n', 'Credentials', 'Operations', 'Triggers', 'Examples', 'Troubleshooting', 'Tested versions', 'Development'];
		const level2 = lines.filter((l) => l.startsWith('## ')).map((l) => l.slice(3).trim());
		const positions = order.map((title) => level2.indexOf(title));
		assert.ok(positions.every((p) => p >= 0), `missing: ${order.filter((t, i) => positions[i] < 0)}`);
		assert.deepEqual([...positions].sort((a, b) => a - b), positions, `order is ${level2.join(' / ')}`);
		assert.equal(level2.at(-1), 'Development');
	});

	it('starts with the two fresh-machine commands', () => {
		const firstBlock = readme.split('```bash\n')[1].split('```')[0];
		assert.match(firstBlock, /^npm ci && npm start\b/m);
		assert.match(firstBlock, /^npm ci && npm test\b/m);
		const ci = fs.readFileSync(path.join(__dirname, '..', '..', '.ci', 'run'), 'utf8');
		assert.match(ci, /npm ci[^\n]*&&[^\n]*npm test|npm ci[\s\S]*npm test/);
	});

	it('has no in-page link to a missing heading', () => {
		const known = readmeAnchors();
		const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
		assert.ok(links.length > 5);
		assert.deepEqual(links.filter((a) => !known.has(a)), []);
	});
});
