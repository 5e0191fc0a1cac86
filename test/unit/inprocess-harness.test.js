'use strict';
// The in-process stand-in itself (test/unit/harness/context.js) behaves as n8n-core does where
// the node tests rely on it: parameter defaults per version, n8n's "Could not get parameter",
// expressions per item (and a refusal of what it cannot evaluate), resource locators, the HTTP
// answer and error shapes. Needs `npm run build`.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { NodeApiError } = require('n8n-workflow');
const { createWorld, executeContext } = require('./harness/context');
const { CREDENTIALS, on } = require('./harness/fixtures');

const world = (setup) => createWorld({ node: 'ItemPath', credentials: { itemPathApi: CREDENTIALS.itemPathApi }, ...setup });

describe('stand-in execution context', () => {
	it('parameters: saved values plus the defaults the description shows for that version', () => {
		const v2 = executeContext(world({ parameters: { resource: 'material', operation: 'getAll' } }));
		assert.equal(v2.getNodeParameter('limit', 0), 50);
		assert.equal(v2.getNodeParameter('returnAll', 0), false);
		assert.equal(v2.getNodeParameter('simple', 0, false), true, 'Simplify is shown (default on) from version 2');
		const v1 = executeContext(world({ version: 1, parameters: { resource: 'material', operation: 'getAll' } }));
		assert.equal(v1.getNodeParameter('simple', 0, false), false, 'not shown in version 1: the fallback');
		assert.equal(v2.getNodeParameter('filters.conditions', 0, []).length, 0);
	});

	it('an unknown parameter without a fallback is n8n\'s "Could not get parameter"', () => {
		const ctx = executeContext(world({ parameters: { resource: 'material', operation: 'getAll' } }));
		assert.throws(() => ctx.getNodeParameter('noSuchParameter', 0), { message: 'Could not get parameter "noSuchParameter"' });
		assert.equal(ctx.getNodeParameter('noSuchParameter', 0, 'x'), 'x');
	});

	it('expressions: {{ $json.path }} per item; anything else is refused, not guessed', () => {
		const ctx = executeContext(
			world({
				parameters: { resource: 'material', operation: 'get', id: { __rl: true, mode: 'id', value: '={{ $json.record.id }}' } },
				input: [{ json: { record: { id: 7 } } }, { json: { record: { id: 8 } } }],
			}),
		);
		assert.deepEqual(ctx.getNodeParameter('id', 1), { __rl: true, mode: 'id', value: 8 });
		assert.equal(ctx.getNodeParameter('id', 0, undefined, { extractValue: true }), 7);
		const odd = executeContext(world({ parameters: { resource: 'material', operation: 'get', id: '={{ $now.toISO() }}' }, version: 1 }));
		assert.throws(() => odd.getNodeParameter('id', 0), /the stand-in evaluates only \{\{ \$json\.path \}\} expressions/);
	});

	it('continueOnFail follows the node\'s "On Error" setting', () => {
		assert.equal(executeContext(world({ parameters: {} })).continueOnFail(), false);
		assert.equal(executeContext(world({ parameters: {}, continueOnFail: true })).continueOnFail(), true);
	});

	it('HTTP: full response as n8n gives it; an error status as NodeApiError over an AxiosError', async () => {
		const w = world({
			parameters: {},
			responders: [on('GET', '/ok', { body: { a: 1 }, headers: { 'X-A': 'b' } }), on('GET', '/bad', { status: 418, body: { msg: 'teapot' } })],
		});
		const ctx = executeContext(w);
		const full = await ctx.helpers.httpRequestWithAuthentication('itemPathApi', { url: 'https://acme.itempath.com/ok', returnFullResponse: true, json: true });
		assert.deepEqual(full, { body: { a: 1 }, headers: { 'x-a': 'b', 'content-type': 'application/json' }, statusCode: 200, statusMessage: 'HTTP 200' });
		await assert.rejects(ctx.helpers.httpRequestWithAuthentication('itemPathApi', { url: 'https://acme.itempath.com/bad', json: true }), (error) => {
			assert.ok(error instanceof NodeApiError);
			assert.equal(error.httpCode, '418');
			assert.equal(error.cause.constructor.name, 'AxiosError');
			assert.deepEqual(error.cause.response.data, { msg: 'teapot' });
			return true;
		});
		assert.deepEqual(w.requests.map((r) => [r.method, r.path, r.credentialType]), [
			['GET', '/ok', 'itemPathApi'],
			['GET', '/bad', 'itemPathApi'],
		]);
	});

	it('a credential type the node does not declare is refused, as in n8n', async () => {
		const ctx = executeContext(world({ parameters: {} }));
		await assert.rejects(ctx.getCredentials('claretApi', 0), /does not have any credentials of type "claretApi"/);
	});
});
