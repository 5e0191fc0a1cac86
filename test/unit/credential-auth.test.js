'use strict';
// Unit tests of the Claret and Clarus token calls (credentials/<vendor>/auth.ts, compiled in
// dist/): each answer becomes the credential's own error (the one marker the transports look
// for) with words that say what to fix, never the password or the token URL. In-process: a
// stand-in for n8n's `this.helpers.httpRequest`.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');

const dist = (...parts) => require(path.join(__dirname, '..', '..', 'dist', 'credentials', ...parts));
const claret = dist('Claret', 'auth.js');
const clarus = dist('ClarusWms', 'auth.js');
const { CREDENTIAL_ERROR_NAME } = dist('common', 'errors.js');

const PASSWORD = 'claret-pass-456';
const SECRET = 'clarus-secret-789';
function answering(...replies) {
	const calls = [];
	return {
		calls,
		helper: {
			helpers: {
				httpRequest: async (options) => {
					calls.push(options);
					const next = replies.shift();
					if (next instanceof Error) throw next;
					return { headers: {}, ...next };
				},
			},
		},
	};
}
const own = (pattern) => (error) => {
	assert.equal(error.name, CREDENTIAL_ERROR_NAME);
	assert.match(error.message, pattern);
	assert.ok(!error.message.includes(PASSWORD) && !error.message.includes(SECRET), 'no secret in the message');
	assert.ok(!error.message.includes('tokens/create?'), 'never the token URL');
	return true;
};

test('Claret: the token call and what each answer means', async () => {
	const creds = { baseUrl: 'https://plan.claret.app/', tenant: ' demo ', email: 'a@b.c', password: PASSWORD };
	let { helper, calls } = answering({ statusCode: 200, body: { token: '1|abc' } });
	assert.deepEqual(await claret.createClaretToken(helper, creds), { token: '1|abc' });
	assert.equal(calls[0].url, 'https://plan.claret.app/demo/api/v1/tokens/create');
	assert.deepEqual(calls[0].qs, { email: 'a@b.c', password: PASSWORD });
	assert.equal(calls[0].headers['X-Requested-With'], 'XMLHttpRequest');
	assert.equal(claret.claretApiBase(creds), 'https://plan.claret.app/demo/api/v1', 'the node uses the same base');

	const cases = [
		[{ statusCode: 200, body: '<html>login</html>' }, /^Claret answered with an HTML page instead of JSON \(HTTP 200\)\. Check the Base URL/],
		[{ statusCode: 404, body: {} }, /^Claret has no tenant "demo" at https:\/\/plan\.claret\.app\. Check the Tenant/],
		[{ statusCode: 422, body: { message: 'These credentials do not match our records.' } }, /^Claret rejected the email or password for tenant "demo"\. Claret said: "These credentials do not match our records\." Check Email and Password\.$/],
		[{ statusCode: 401, body: {} }, /^Claret rejected the email or password/],
		[{ statusCode: 500, body: { message: 'Server Error' } }, /^Claret did not issue a token \(HTTP 500\)\. Claret said: "Server Error"$/],
		[{ statusCode: 200, body: {} }, /^Claret did not issue a token \(HTTP 200\)\.$/],
		[Object.assign(new Error('getaddrinfo ENOTFOUND plan.claret.app'), { code: 'ENOTFOUND' }), /^Could not reach Claret at https:\/\/plan\.claret\.app: the host name was not found\. Check the Base URL\.$/],
	];
	for (const [answer, pattern] of cases) {
		({ helper } = answering(answer));
		await assert.rejects(claret.createClaretToken(helper, creds), own(pattern));
	}
	({ helper, calls } = answering());
	await assert.rejects(claret.createClaretToken(helper, { ...creds, tenant: 'de/mo' }), own(/^The Claret tenant "de\/mo" is not valid/));
	assert.equal(calls.length, 0, 'nothing sent for a tenant that cannot go into a URL');
});

test('Clarus: client credentials, what each answer means, which token is sent, which values are secret', async () => {
	const creds = { authMethod: 'clientCredentials', baseUrl: ' https://clarus.example/ ', subdomain: 'acme-warehouse', clientId: 'id-1', clientSecret: SECRET };
	let { helper, calls } = answering({ statusCode: 200, body: { access_token: 'tok', token_type: 'Bearer' } });
	assert.deepEqual(await clarus.fetchClarusToken(helper, creds), { accessToken: 'tok' });
	assert.equal(calls[0].url, 'https://clarus.example/oauth/token');
	assert.deepEqual(calls[0].auth, { username: 'id-1', password: SECRET }, 'HTTP Basic, as OAuth 2.0 specifies');
	assert.deepEqual(calls[0].body, { grant_type: 'client_credentials' });

	const cases = [
		[{ statusCode: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed' } }, /^Clarus rejected the client ID or secret \(invalid_client: Client authentication failed\)\. Check Client ID and Client Secret\.$/],
		[{ statusCode: 400, body: {} }, /^Clarus rejected the client ID or secret\. Check/],
		[{ statusCode: 503, body: { error: 'temporarily_unavailable' } }, /^Clarus did not issue an access token \(HTTP 503\): temporarily_unavailable\.$/],
		[Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), /^Could not reach Clarus at https:\/\/clarus\.example: the connection was refused\. Check the Base URL\.$/],
	];
	for (const [answer, pattern] of cases) {
		({ helper } = answering(answer));
		await assert.rejects(clarus.fetchClarusToken(helper, creds), own(pattern));
	}
	await assert.rejects(clarus.fetchClarusToken(answering().helper, { ...creds, subdomain: '-x' }), own(/^The Clarus subdomain "-x" is not valid/));
	assert.equal(clarus.clarusToken({ authMethod: 'accessToken', token: 'pasted', accessToken: 'fetched' }), 'pasted');
	assert.equal(clarus.clarusToken(creds), undefined);
	assert.deepEqual(clarus.clarusSecrets({ clientSecret: SECRET, oauthTokenData: { access_token: 'a', refresh_token: 'r' } }).filter(Boolean), [SECRET, 'a', 'r']);
});
