'use strict';
// The Clarus OAuth 2.0 authorization server: @node-oauth/oauth2-server with an in-memory model.
// Grants: client_credentials, authorization_code (consent page at /oauth/authorize) and
// refresh_token. Token expiry follows the vendor clock (admin.now()), so POST /__admin/clock
// ages tokens like real time would.
const OAuth2Server = require('@node-oauth/oauth2-server');
const { Request, Response } = OAuth2Server;

// OAuth accounts: which tenants (X-Clarus-Subdomain values) their tokens may use.
const ACCOUNTS = {
	acme: { tenants: ['acme-warehouse', 'acme-test'] },
	globex: { tenants: ['globex-warehouse'] },
};
const N8N_CALLBACK = 'http://localhost:5678/rest/oauth2-credential/callback';
const CLIENTS = [
	{ id: 'clarus-cc-client', secret: 'clarus-cc-secret', grants: ['client_credentials'], account: 'acme' },
	{ id: 'globex-cc-client', secret: 'globex-cc-secret', grants: ['client_credentials'], account: 'globex' },
	{
		id: 'clarus-web-client',
		secret: 'clarus-web-secret',
		grants: ['authorization_code', 'refresh_token'],
		redirectUris: [N8N_CALLBACK],
	},
];
// Users who can approve the consent page; the dedicated API user the vendor recommends.
const USERS = [{ id: 'user-1', email: 'api-user@acme.example', password: 'api-user-pass', name: 'API User', account: 'acme' }];

const DEFAULT_LIFETIME = 7200; // seconds; Doorkeeper's default, the docs publish none
const CODE_LIFETIME = 600; // authorization codes: 10 minutes
const REFRESH_LIFETIME = 10 * 365 * 24 * 3600; // refresh tokens only end by rotation or revocation

function createOAuth(admin) {
	const state = { lifetime: DEFAULT_LIFETIME, access: new Map(), refresh: new Map(), codes: new Map() };
	// The library compares expiry dates with the real clock; we keep expiry in vendor time and
	// hand the library the equivalent real-time Date.
	const toRealDate = (vendorMs) => new Date(Date.now() + (vendorMs - admin.now()));
	const publicClient = (c) => ({
		id: c.id,
		grants: c.grants,
		redirectUris: c.redirectUris || [],
		account: c.account,
		accessTokenLifetime: state.lifetime,
		refreshTokenLifetime: REFRESH_LIFETIME,
	});

	const model = {
		async getClient(clientId, clientSecret) {
			const c = CLIENTS.find((x) => x.id === clientId);
			if (!c || (clientSecret != null && clientSecret !== c.secret)) return null;
			return publicClient(c);
		},
		// Tests and n8n use arbitrary local callback URLs: any absolute http(s) URI is accepted.
		async validateRedirectUri(uri) {
			return /^https?:\/\/[^\s]+$/.test(uri);
		},
		async getUserFromClient(client) {
			return { id: `client:${client.id}`, account: client.account };
		},
		async saveToken(token, client, user) {
			const now = admin.now();
			const saved = { ...token, client, user, createdAtMs: now, lifetimeSeconds: state.lifetime, expiresAtMs: now + state.lifetime * 1000 };
			state.access.set(token.accessToken, saved);
			if (token.refreshToken) state.refresh.set(token.refreshToken, { ...saved, refreshExpiresAtMs: now + REFRESH_LIFETIME * 1000 });
			return { ...token, client, user };
		},
		async getAccessToken(accessToken) {
			const t = state.access.get(accessToken);
			return t && { accessToken, accessTokenExpiresAt: toRealDate(t.expiresAtMs), scope: t.scope, client: t.client, user: t.user };
		},
		async getRefreshToken(refreshToken) {
			const t = state.refresh.get(refreshToken);
			return t && { refreshToken, refreshTokenExpiresAt: toRealDate(t.refreshExpiresAtMs), scope: t.scope, client: t.client, user: t.user };
		},
		// Called when a refresh token is used: it is rotated (single use).
		async revokeToken(token) {
			return state.refresh.delete(token.refreshToken);
		},
		async saveAuthorizationCode(code, client, user) {
			const saved = { ...code, client, user, expiresAtMs: admin.now() + CODE_LIFETIME * 1000 };
			state.codes.set(code.authorizationCode, saved);
			return { ...code, client, user };
		},
		async getAuthorizationCode(authorizationCode) {
			const c = state.codes.get(authorizationCode);
			return c && { ...c, expiresAt: toRealDate(c.expiresAtMs) };
		},
		async revokeAuthorizationCode(code) {
			return state.codes.delete(code.authorizationCode);
		},
	};

	const server = new OAuth2Server({
		model,
		accessTokenLifetime: DEFAULT_LIFETIME, // overridden per client by state.lifetime
		refreshTokenLifetime: REFRESH_LIFETIME,
		authorizationCodeLifetime: CODE_LIFETIME,
		allowEmptyState: true,
	});

	const libRequest = (req, body = req.body) => new Request({ headers: req.headers, method: req.method, query: { ...req.query }, body: body || {} });
	const send = (res, response) => res.status(response.status).set(response.headers).json(response.body);

	// POST /oauth/token (form-encoded; client auth by HTTP Basic or client_id/client_secret in the body)
	async function token(req, res) {
		const body = { ...req.body };
		// No scopes are published; a blank `scope=` (n8n's default) means "none".
		if (typeof body.scope === 'string' && !body.scope.trim()) delete body.scope;
		const response = new Response({ headers: {} });
		try {
			await server.token(libRequest(req, body), response);
			// Doorkeeper's `expires_in` is `expires_in_seconds`: the lifetime less the WHOLE seconds
			// elapsed since creation, on the vendor clock (so a fresh token says exactly 7200). The
			// library would floor the real milliseconds left instead (7199 when a millisecond passed).
			const saved = state.access.get(response.body?.access_token);
			if (saved) response.body.expires_in = Math.max(0, saved.lifetimeSeconds - Math.floor((admin.now() - saved.createdAtMs) / 1000));
			admin.count('tokensIssued');
			admin.count(`tokensIssued.${body.grant_type}`);
		} catch (e) {
			// The library writes RFC 6749 error bodies itself, except for the request checks it makes
			// first (method, form content type).
			if (!response.body?.error) Object.assign(response, { status: e.code || 400, body: { error: e.name, error_description: e.message } });
		}
		send(res, response);
	}

	// Validates a bearer token; resolves to the token or answers 401 {"error": "..."}.
	async function authenticate(req, res) {
		const response = new Response({ headers: {} });
		try {
			return await server.authenticate(libRequest(req, {}), response);
		} catch (e) {
			if (response.headers['www-authenticate']) res.set('WWW-Authenticate', response.headers['www-authenticate']);
			res.status(401).json({ error: e.message || 'Unauthorized' });
			return null;
		}
	}

	const esc = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	const AUTH_PARAMS = ['response_type', 'client_id', 'redirect_uri', 'state', 'scope', 'code_challenge', 'code_challenge_method'];
	const consentPage = (params, error) => `<!doctype html>
<html><head><meta charset="utf-8"><title>Clarus WMS - Authorize application</title></head>
<body>
<h1>Authorize ${esc(params.client_id)}</h1>
<p>The application <strong>${esc(params.client_id)}</strong> wants to access your ClarusWMS data.</p>
${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
<form method="post" action="/oauth/authorize">
${AUTH_PARAMS.filter((k) => params[k] != null).map((k) => `<input type="hidden" name="${k}" value="${esc(params[k])}">`).join('\n')}
<label>Email <input type="email" name="email" value="${esc(params.email)}"></label>
<label>Password <input type="password" name="password"></label>
<button type="submit" name="allowed" value="true">Authorize</button>
<button type="submit" name="allowed" value="false">Deny</button>
</form>
</body></html>`;

	// GET /oauth/authorize: the consent page (after checking the client and redirect URI, so an
	// unknown client never gets redirected anywhere).
	async function authorizePage(req, res) {
		const q = req.query;
		const client = CLIENTS.find((c) => c.id === q.client_id);
		if (!client || !client.grants.includes('authorization_code')) {
			return res.status(400).json({ error: 'invalid_client', error_description: 'Unknown client or client not allowed to use authorization_code' });
		}
		if (q.redirect_uri && !(await model.validateRedirectUri(q.redirect_uri))) {
			return res.status(400).json({ error: 'invalid_request', error_description: 'Invalid redirect_uri' });
		}
		res.type('html').send(consentPage(q));
	}

	// POST /oauth/authorize: log in + approve (or deny), then redirect with code and state.
	async function authorizeSubmit(req, res) {
		const b = req.body || {};
		let user;
		if (b.allowed !== 'false') {
			user = USERS.find((u) => u.email === b.email && u.password === b.password);
			if (!user) return res.status(401).type('html').send(consentPage(b, 'Invalid email or password.'));
		}
		const response = new Response({ headers: {} });
		const authenticateHandler = { handle: () => user || { id: 'anonymous' } };
		try {
			await server.authorize(libRequest(req, b), response, { authenticateHandler });
		} catch (e) {
			if (!response.headers.location) return res.status(e.code || 400).json({ error: e.name, error_description: e.message });
		}
		res.redirect(302, response.headers.location);
	}

	// The tenants a token's account may use.
	const tenantsFor = (tok) => ACCOUNTS[tok.user?.account || tok.client?.account]?.tenants || [];

	const controls = {
		setLifetime(seconds) {
			const s = Number(seconds);
			if (!Number.isFinite(s) || s <= 0) throw new Error('seconds must be a positive number');
			state.lifetime = s;
			return { seconds: s };
		},
		expireAll() {
			const now = admin.now();
			for (const t of state.access.values()) t.expiresAtMs = Math.min(t.expiresAtMs, now - 1000);
			return { expired: state.access.size };
		},
		revokeAll() {
			const revoked = { accessTokens: state.access.size, refreshTokens: state.refresh.size };
			state.access.clear();
			state.refresh.clear();
			state.codes.clear();
			return revoked;
		},
		// The vendor warns that signing into the web UI with the integration's account can end
		// its session: revoke every token issued to that user.
		webLogin(email) {
			const user = USERS.find((u) => u.email === email);
			if (!user) throw new Error(`unknown user ${email}`);
			let revoked = 0;
			for (const map of [state.access, state.refresh])
				for (const [k, t] of map) if (t.user?.id === user.id && map.delete(k)) revoked++;
			return { revoked };
		},
		summary: () => ({ lifetimeSeconds: state.lifetime, accessTokens: state.access.size, refreshTokens: state.refresh.size }),
	};

	return { token, authenticate, authorizePage, authorizeSubmit, tenantsFor, controls };
}

module.exports = { createOAuth, ACCOUNTS, CLIENTS, USERS, DEFAULT_LIFETIME, N8N_CALLBACK };
