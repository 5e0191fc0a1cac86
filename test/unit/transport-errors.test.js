'use strict';
// Unit tests of the one failure path every vendor transport uses (nodes/shared/transport.ts,
// compiled in dist/): the credential's own sign-in error (the one marker), a network failure, a
// vendor reading of a failure without an answer, the vendor's HTTP error, secrets removed.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');

const root = path.join(__dirname, '..', '..', 'dist');
const { transportError } = require(path.join(root, 'nodes', 'shared', 'transport.js'));
const { credentialError } = require(path.join(root, 'credentials', 'common', 'errors.js'));

const node = { id: '1', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} };
const SECRET = 'client-secret-987';
const transport = (extra = {}) => ({
	vendor: 'Acme',
	where: 'Acme at https://acme.example',
	style: { vendor: 'Acme', htmlHint: 'Check the URL.', parse: (body) => ({ message: body?.msg }), hints: { 404: 'No such record.' } },
	secrets: [SECRET],
	unreachableHint: 'Check the URL in the Acme credential.',
	credentialHint: 'Signing in to Acme failed.',
	...extra,
});

test("the credential's own error (found through n8n's wrapping) passes on with its words, secrets removed", () => {
	const own = credentialError(`Acme rejected the secret ${SECRET}. Check the Client Secret.`, 'What to do.');
	// n8n wraps what preAuthentication throws: NodeApiError(node, error) keeps it as `cause`.
	const error = transportError(node, { message: 'Authorization failed', cause: own }, transport(), { itemIndex: 2 });
	assert.equal(error.message, 'Acme rejected the secret [redacted]. Check the Client Secret.');
	assert.equal(error.description, 'What to do.');
	assert.equal(error.context.itemIndex, 2);
	const bare = transportError(node, { cause: credentialError('Acme said no.') }, transport(), { itemIndex: 0 });
	assert.equal(bare.description, 'Signing in to Acme failed.');
	// The same words without the marker are not taken for the credential's.
	const plain = transportError(node, new Error('Acme said no.'), transport(), { itemIndex: 0 });
	assert.equal(plain.message, 'Could not reach Acme at https://acme.example: Acme said no.');
});

test('no answer: the network in words, or the vendor reading (certificate, OAuth2 token)', () => {
	const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
	const error = transportError(node, refused, transport(), { itemIndex: 0 });
	assert.equal(error.message, 'Could not reach Acme at https://acme.example: the connection was refused');
	assert.equal(error.description, 'Check the URL in the Acme credential.');

	const special = transport({ withoutAnswer: (failure) => ({ message: `special: ${failure.code ?? failure.message}`, description: `has ${SECRET}` }) });
	const cert = Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
	const read = transportError(node, cert, special, { itemIndex: 0 });
	assert.equal(read.message, 'special: DEPTH_ZERO_SELF_SIGNED_CERT');
	assert.equal(read.description, 'has [redacted]');
	// A network failure is the network's, whatever the vendor reading would say.
	assert.match(transportError(node, refused, special, { itemIndex: 0 }).message, /connection was refused/);
});

test("an HTTP answer: the vendor's message, the request's own hint over the vendor's, the status", () => {
	const answered = { message: 'Request failed with status code 404', response: { status: 404, data: { msg: `no record for ${SECRET}` } } };
	const error = transportError(node, answered, transport(), { itemIndex: 1 });
	assert.equal(error.message, 'no record for [redacted]');
	assert.equal(error.description, 'No such record.');
	assert.equal(error.httpCode, '404');
	const hinted = transportError(node, answered, transport(), { itemIndex: 1, hints: { 404: 'This call has its own advice.' } });
	assert.equal(hinted.description, 'This call has its own advice.');
	const html = transportError(node, { message: 'x', response: { status: 200, data: '<html><body>login</body></html>' } }, transport(), { itemIndex: 0 });
	assert.equal(html.message, 'Acme answered with an HTML page instead of JSON (HTTP 200)');
	assert.equal(html.description, 'Check the URL.');
});
