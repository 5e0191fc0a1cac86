// @ts-check
'use strict';
/** Credentials and responders the in-process tests share. */

/** @typedef {import('./context').Responder} Responder */
/** @typedef {import('./context').RecordedRequest} RecordedRequest */
/** @typedef {import('./context').Answer} Answer */

/** Secrets the tests look for in outputs, errors and logs. */
const SECRETS = {
	claretPassword: 'claret-Passw0rd-secret',
	claretToken: '7|claretTokenSecretValue',
	itemPathAppToken: 'itempath-app-token-secret',
	itemPathPassword: 'itempath-Passw0rd-secret',
	clarusToken: 'clarus-access-token-secret',
	clarusClientSecret: 'clarus-client-secret-value',
};

const CREDENTIALS = {
	claretApi: {
		baseUrl: 'https://plan.claret.app',
		tenant: 'demo',
		email: 'planner@example.com',
		password: SECRETS.claretPassword,
	},
	itemPathApi: {
		url: 'https://acme.itempath.com',
		authMethod: 'applicationToken',
		applicationToken: SECRETS.itemPathAppToken,
	},
	clarusWmsOAuth2Api: {
		grantType: 'clientCredentials',
		clientId: 'clarus-client',
		clientSecret: SECRETS.clarusClientSecret,
		baseUrl: 'https://clarus-api.com',
		subdomain: 'acme-warehouse',
		oauthTokenData: { access_token: SECRETS.clarusToken, token_type: 'Bearer' },
	},
};

const BASE = {
	claret: 'https://plan.claret.app/demo/api/v1',
	itemPath: 'https://acme.itempath.com/api',
	clarus: 'https://clarus-api.com',
};

/** Claret's token endpoint (the credential's preAuthentication logs in with it on first use). */
/** @type {Responder} */
const claretLogin = (req) =>
	req.method === 'POST' && req.path === '/demo/api/v1/tokens/create' ? { status: 200, body: { token: SECRETS.claretToken } } : undefined;

/**
 * Answers requests matching `method path` (path relative to the vendor base or absolute) with
 * `answer` (or answer(req)).
 * @param {string} method
 * @param {string | RegExp} path
 * @param {Answer | ((req: RecordedRequest) => Answer)} answer
 * @returns {Responder}
 */
function on(method, path, answer) {
	return (req) => {
		if (req.method !== method) return undefined;
		const matches = typeof path === 'string' ? req.path === path || req.path.endsWith(path) : path.test(req.path);
		if (!matches) return undefined;
		return typeof answer === 'function' ? answer(req) : answer;
	};
}

/**
 * Each value of a JSON-serialisable thing as text, for secret searches (errors are walked through
 * their own enumerable fields plus message, description and stack).
 * @param {unknown} value
 */
function everythingAsText(value) {
	const seen = new Set();
	/** @param {unknown} v @returns {string} */
	const walk = (v) => {
		if (v === null || v === undefined) return '';
		if (typeof v !== 'object') return String(v);
		if (seen.has(v)) return '';
		seen.add(v);
		const parts = [];
		if (v instanceof Error) parts.push(v.message, String(v.stack ?? ''));
		for (const key of Object.getOwnPropertyNames(v)) parts.push(key, walk(/** @type {Record<string, unknown>} */ (v)[key]));
		return parts.join('\n');
	};
	return walk(value);
}

module.exports = { BASE, CREDENTIALS, SECRETS, claretLogin, everythingAsText, on };
