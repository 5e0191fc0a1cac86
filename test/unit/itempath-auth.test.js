'use strict';
// Unit tests of the ItemPath sign-in steps (credentials/ItemPath/auth.ts, compiled in dist/):
// refresh, login, the status-to-message table of a login answer, the whole sign-in sequence and
// which token a request carries. In-process: a stand-in for n8n's `this.helpers.httpRequest`
// records each call and answers from a script.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { createHash } = require('crypto');

const dist = (...parts) => require(path.join(__dirname, '..', '..', 'dist', 'credentials', ...parts));
const auth = dist('ItemPath', 'auth.js');
const { credentialErrorOf, CREDENTIAL_ERROR_NAME } = dist('common', 'errors.js');

const BASE = 'https://acme.itempath.com';
const PASSWORD = 'operator-pass-123';

/** A helper whose httpRequest answers with the given replies in turn (an Error is thrown). */
function scripted(...replies) {
	const calls = [];
	const helper = {
		helpers: {
			httpRequest: async (options) => {
				calls.push(options);
				const next = replies.shift();
				if (next === undefined) throw new Error(`unexpected call ${options.method} ${options.url}`);
				if (next instanceof Error) throw next;
				return { headers: {}, ...next };
			},
		},
	};
	return { helper, calls };
}
const reply = (statusCode, body, headers = {}) => ({ statusCode, body, headers });
const target = (helper = scripted().helper) => auth.signInTarget(helper, { url: BASE, password: PASSWORD });
const loginCredentials = (extra = {}) => ({ url: BASE, authMethod: 'login', username: 'operator', password: PASSWORD, ...extra });
const withFingerprint = (c) => ({ ...c, tokenFingerprint: auth.sessionFingerprint(c) });
const rejects = async (promise, pattern) => {
	await assert.rejects(promise, (error) => {
		assert.equal(error.name, CREDENTIAL_ERROR_NAME, 'the credential error marker');
		assert.match(error.message, pattern);
		assert.ok(!error.message.includes(PASSWORD), 'no password in the message');
		return true;
	});
};

test('the status-to-message table: every login answer reads as what to fix', () => {
	const t = target();
	const cases = [
		[reply(302, '', { location: 'https://other.example:8443/login' }), /redirected the login to https:\/\/other\.example:8443 \(HTTP 302\)\. Enter the address it redirects to/],
		[reply(301, ''), /^ItemPath at https:\/\/acme\.itempath\.com redirected the login \(HTTP 301\)/],
		[reply(404, { msg: 'User not found or wrong password' }), /^ItemPath rejected the username or password \(HTTP 404\)\. ItemPath said: "User not found or wrong password"\. Check Username and Password/],
		[reply(404, { message: 'Not Found' }), /^There is no ItemPath login at https:\/\/acme\.itempath\.com\/api\/users\/login \(HTTP 404\)/],
		[reply(200, '<html><body>proxy</body></html>'), /^There is no ItemPath login at .* \(HTTP 200\)/],
		[reply(405, { message: 'Method Not Allowed' }), /^There is no ItemPath login at .* \(HTTP 405\)/],
		[reply(401, { msg: 'Bad credentials' }), /^ItemPath rejected the username or password \(HTTP 401\)\. ItemPath said: "Bad credentials"/],
		[reply(403, {}), /^ItemPath rejected the username or password \(HTTP 403\)\. Check Username/],
		[reply(500, { message: 'Internal Server Error' }), /^ItemPath refused the login \(HTTP 500\)\. ItemPath said: "Internal Server Error"\.$/],
		[reply(400, { msg: 'Missing username or password' }), /^ItemPath refused the login \(HTTP 400\)/],
		[reply(200, { login: true }), /^ItemPath at https:\/\/acme\.itempath\.com answered the login without tokens/],
		[reply(200, { accessToken: 'a.b.c' }), /answered the login without tokens/],
	];
	for (const [answer, pattern] of cases) assert.match(auth.loginFailure(answer, t), pattern, JSON.stringify(answer));
	assert.equal(auth.loginFailure(reply(200, { accessToken: 'a.b.c', refreshToken: 'r.s.t' }), t), undefined, 'a good login');
	// ItemPath's words never carry the password back.
	assert.match(auth.loginFailure(reply(401, { msg: `no user with password ${PASSWORD}` }), t), /password \[redacted\]/);
});

test('refresh: GET with the refresh token as Bearer; POST when GET is not allowed; 401/422 mean log in again', async () => {
	let { helper, calls } = scripted(reply(200, { accessToken: 'new.access.token' }));
	assert.equal(await auth.refreshAccessToken(target(helper), 'refresh.token.1'), 'new.access.token');
	assert.deepEqual([calls[0].method, calls[0].url, calls[0].headers], ['GET', `${BASE}/api/users/refresh`, { Authorization: 'Bearer refresh.token.1' }]);
	assert.equal(calls[0].body, undefined, 'no password is sent');
	assert.equal(calls[0].disableFollowRedirect, true);

	({ helper, calls } = scripted(reply(405, { message: 'Method Not Allowed' }), reply(200, { accessToken: 'posted.access.token' })));
	assert.equal(await auth.refreshAccessToken(target(helper), 'refresh.token.1'), 'posted.access.token');
	assert.deepEqual(calls.map((c) => c.method), ['GET', 'POST']);

	for (const [status, msg] of [[401, 'Token has expired'], [401, 'Token has been revoked'], [422, 'Not enough segments']]) {
		({ helper } = scripted(reply(status, { msg })));
		assert.equal(await auth.refreshAccessToken(target(helper), 'refresh.token.1'), undefined, `${status} ${msg}`);
	}
	({ helper } = scripted(reply(500, { message: 'Database unavailable' })));
	await rejects(auth.refreshAccessToken(target(helper), 'refresh.token.1'), /^ItemPath at https:\/\/acme\.itempath\.com could not renew the session \(HTTP 500\)\. ItemPath said: "Database unavailable"\.$/);
	({ helper } = scripted(reply(200, {})));
	await rejects(auth.refreshAccessToken(target(helper), 'refresh.token.1'), /could not renew the session \(HTTP 200\)/);
});

test('login: POST the username and password, return both tokens; a failed answer is the credential error', async () => {
	let { helper, calls } = scripted(reply(200, { accessToken: 'a.b.c', refreshToken: 'r.s.t', login: true }));
	assert.deepEqual(await auth.logIn(target(helper), 'operator', PASSWORD), { accessToken: 'a.b.c', refreshToken: 'r.s.t' });
	assert.deepEqual([calls[0].method, calls[0].url, calls[0].body], ['POST', `${BASE}/api/users/login`, { username: 'operator', password: PASSWORD }]);
	assert.equal(calls[0].disableFollowRedirect, true, 'a redirect is reported, never followed with the password');
	assert.equal(calls[0].returnFullResponse && calls[0].ignoreHttpStatusErrors, true);

	({ helper } = scripted(reply(404, { msg: 'User not found or wrong password' })));
	await rejects(auth.logIn(target(helper), 'operator', PASSWORD), /rejected the username or password \(HTTP 404\)/);
});

test('the sign-in sequence: application token as is; refresh when the stored one belongs to these settings; else log in', async () => {
	// Application token: nothing is called.
	let { helper, calls } = scripted();
	const app = { url: BASE, authMethod: 'applicationToken', applicationToken: ' app.token.x ' };
	assert.deepEqual(await auth.signIn(helper, app), { accessToken: 'app.token.x', refreshToken: '', tokenFingerprint: auth.sessionFingerprint(app) });
	assert.equal(calls.length, 0);
	await rejects(auth.signIn(helper, { ...app, applicationToken: '' }), /has no Application Token/);

	// First use: a login.
	({ helper, calls } = scripted(reply(200, { accessToken: 'a1', refreshToken: 'r1' })));
	const first = loginCredentials();
	assert.deepEqual(await auth.signIn(helper, first), { accessToken: 'a1', refreshToken: 'r1', tokenFingerprint: auth.sessionFingerprint(first) });
	assert.deepEqual(calls.map((c) => c.url), [`${BASE}/api/users/login`]);

	// A stored refresh token of these settings: a refresh, no password sent.
	const stored = withFingerprint(loginCredentials({ refreshToken: 'r1', accessToken: 'expired' }));
	({ helper, calls } = scripted(reply(200, { accessToken: 'a2' })));
	assert.deepEqual(await auth.signIn(helper, stored), { accessToken: 'a2', tokenFingerprint: stored.tokenFingerprint });
	assert.deepEqual(calls.map((c) => c.url), [`${BASE}/api/users/refresh`]);

	// The refresh token expired: refresh, then a login.
	({ helper, calls } = scripted(reply(401, { msg: 'Token has expired' }), reply(200, { accessToken: 'a3', refreshToken: 'r3' })));
	assert.equal((await auth.signIn(helper, stored)).refreshToken, 'r3');
	assert.deepEqual(calls.map((c) => c.url), [`${BASE}/api/users/refresh`, `${BASE}/api/users/login`]);

	// The credential was edited (another user): the previous user's refresh token is not used.
	({ helper, calls } = scripted(reply(200, { accessToken: 'a4', refreshToken: 'r4' })));
	await auth.signIn(helper, { ...stored, username: 'integration' });
	assert.deepEqual(calls.map((c) => c.url), [`${BASE}/api/users/login`]);

	({ helper, calls } = scripted());
	await rejects(auth.signIn(helper, loginCredentials({ password: '' })), /needs a Username and a Password/);
	await rejects(auth.signIn(helper, loginCredentials({ url: 'ftp://acme.itempath.com' })), /The URL in the ItemPath credential is not valid/);
	await rejects(auth.signIn(helper, loginCredentials({ url: 'https://user:pw@acme.itempath.com' })), /not valid/);
	assert.equal(calls.length, 0, 'nothing sent for settings that cannot work');
});

test('sign-in calls that get no answer: unreachable or an untrusted certificate, with the option that helps', async () => {
	const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' });
	let { helper } = scripted(refused);
	await rejects(auth.signIn(helper, loginCredentials()), /^Could not reach ItemPath at https:\/\/acme\.itempath\.com: the connection was refused\. Check the URL/);

	const selfSigned = Object.assign(new Error('self-signed certificate'), { cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } });
	let calls;
	({ helper, calls } = scripted(selfSigned));
	await assert.rejects(auth.signIn(helper, loginCredentials()), (error) => {
		assert.match(error.message, /certificate of ItemPath at https:\/\/acme\.itempath\.com is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\)/);
		assert.match(error.message, /turn on "Ignore SSL Issues \(Insecure\)"/);
		assert.match(error.description, /self-signed certificate/);
		// n8n wraps it (cause); the node finds the marker there.
		assert.deepEqual(credentialErrorOf({ message: 'wrapped', cause: error }), { message: error.message, description: error.description });
		return true;
	});
	assert.equal(calls[0].skipSslCertificateValidation, false);
	({ helper, calls } = scripted(reply(200, { accessToken: 'a', refreshToken: 'r' })));
	await auth.signIn(helper, loginCredentials({ allowUnauthorizedCerts: true }));
	assert.equal(calls[0].skipSslCertificateValidation, true);
	assert.equal(credentialErrorOf(new Error('plain')), undefined);
});

test('which token a request carries: the refresh token only for the application-token endpoint of this ItemPath', () => {
	const c = { url: `${BASE}/api/`, accessToken: 'access', refreshToken: 'refresh' };
	const bearer = (opts) => auth.bearerFor(c, opts);
	assert.equal(bearer({ url: `${BASE}/api/users/application-token` }), 'refresh');
	assert.equal(bearer({ url: `${BASE}/api/users/application-token?x=1` }), 'refresh');
	assert.equal(bearer({ uri: `${BASE}/api/users/application-token/` }), 'refresh', "n8n's HTTP Request node (uri)");
	assert.equal(bearer({ url: `${BASE}/api/stations` }), 'access');
	assert.equal(bearer({ url: 'https://other.example/api/users/application-token' }), 'access');
	assert.equal(auth.bearerFor({ ...c, refreshToken: '' }, { url: `${BASE}/api/users/application-token` }), 'access');
	// The fingerprint is a hash of the settings, never the settings.
	const fp = auth.sessionFingerprint(loginCredentials());
	assert.match(fp, /^[0-9a-f]{64}$/);
	assert.equal(fp, createHash('sha256').update(JSON.stringify([BASE, 'login', 'operator', PASSWORD])).digest('hex'));
});
