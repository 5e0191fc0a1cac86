'use strict';
// Unit tests of the shared path confinement and JSON parsing (compiled code in dist/).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const fs = require('fs');

const dist = path.join(__dirname, '..', '..', 'dist', 'nodes', 'shared', 'guards.js');
if (!fs.existsSync(dist)) throw new Error('build first: npm run build');
const { resolveApiPath, parseJsonParameter, isHtml, splitList } = require(dist);

const node = { name: 'Node', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} };
const base = 'https://plan.claret.app/demo/api/v1';

test('joins relative paths onto the API base', () => {
	assert.equal(resolveApiPath(node, base, '/sales', 0), `${base}/sales`);
	assert.equal(resolveApiPath(node, base, 'sales?x=1', 0), `${base}/sales?x=1`);
	assert.equal(resolveApiPath(node, `${base}/`, '/imports/status/5', 0), `${base}/imports/status/5`);
});

test('refuses anything that could leave the API base, naming parameter and item', () => {
	const bad = [
		'https://evil.example/x',
		'HTTP://evil.example',
		'//evil.example/x',
		'///evil.example/x',
		'javascript:alert(1)',
		'../acme/api/v1/sales',
		'sales/../../x',
		'sales/%2e%2e/%2E%2E/x',
		'./sales',
		'sales\\..\\x',
		'sales#frag',
		'sales\u0000',
		'%zz',
		'',
	];
	for (const p of bad) {
		assert.throws(() => resolveApiPath(node, base, p, 3, 'Path'), (e) => {
			assert.match(e.message, /^The "Path" parameter .*\(item 3\)$/, p);
			return true;
		}, p);
	}
});

test('parseJsonParameter names the parameter and item', () => {
	assert.deepEqual(parseJsonParameter(node, '{"a":1}', 'Body (JSON)', 0), { a: 1 });
	assert.deepEqual(parseJsonParameter(node, [{ a: 1 }], 'Body (JSON)', 0), [{ a: 1 }]);
	assert.throws(() => parseJsonParameter(node, '{"a":', 'Body (JSON)', 2), /"Body \(JSON\)" parameter is not valid JSON \(item 2\)/);
	assert.throws(() => parseJsonParameter(node, '42', 'Body (JSON)', 0), /must be a JSON object or array/);
});

test('isHtml and splitList', () => {
	assert.ok(isHtml('  <!DOCTYPE html><html>'));
	assert.ok(isHtml('<html lang="en">'));
	assert.ok(!isHtml('{"a":1}'));
	assert.ok(!isHtml({ a: 1 }));
	assert.deepEqual(splitList(' a, b ,,c '), ['a', 'b', 'c']);
});
