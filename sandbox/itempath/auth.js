'use strict';
// ItemPath authentication. ItemPath is a Flask app using Flask-JWT-Extended 3.x (its JWTs carry
// `fresh, iat, jti, type, identity, nbf, exp` and HS256), so tokens, error statuses and the
// `{"msg": ...}` bodies below follow that library's defaults and PyJWT's decode messages.
const crypto = require('crypto');
const jwt = require('jsonwebtoken');

const USERS = [
	{ id: 1, username: 'operator', password: 'operator-pass', type: 'user', isAdmin: 'False' },
	{ id: 2, username: 'integration', password: 'integration-pass', type: 'application', isAdmin: 'False' },
];
const DEFAULT_LIFETIMES = { accessSeconds: 900, refreshSeconds: 30 * 86400 };

class HttpError extends Error {
	constructor(status, body) {
		super(typeof body?.msg === 'string' ? body.msg : `HTTP ${status}`);
		this.status = status;
		this.body = body;
	}
}
const authError = (status, msg) => new HttpError(status, { msg });

// The Users reference shows expiry dates as "01/01/2022, 12:15:00" (month first, UTC here).
function expiryString(seconds) {
	const d = new Date(seconds * 1000);
	const p = (n) => String(n).padStart(2, '0');
	return `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${d.getUTCFullYear()}, ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

// PyJWT checks the token's shape before the signature; reproduce its messages.
function malformed(token) {
	const first = token.indexOf('.');
	const last = token.lastIndexOf('.');
	if (first === -1 || first === last) return 'Not enough segments';
	// PyJWT splits at the first and the last dot, so extra dots end up in the payload segment.
	const [header, payload, signature] = [token.slice(0, first), token.slice(first + 1, last), token.slice(last + 1)];
	const b64 = (s) => /^[A-Za-z0-9_-]*=*$/.test(s) && s.replace(/=+$/, '').length % 4 !== 1;
	if (!b64(header)) return 'Invalid header padding';
	let parsed;
	try {
		parsed = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
	} catch {
		return 'Invalid header string: Expecting value: line 1 column 1 (char 0)';
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'Invalid header string: must be a json object';
	if (!b64(payload)) return 'Invalid payload padding';
	if (!b64(signature)) return 'Invalid crypto padding';
	if (parsed.alg !== 'HS256') return 'The specified alg value is not allowed';
	return null;
}

function createAuth(admin) {
	const secret = crypto.randomBytes(32); // per server instance; never leaves the process
	const lifetimes = { ...DEFAULT_LIFETIMES };
	// jti -> generation it was issued in; /__admin/revoke-tokens bumps the generation, which
	// makes every earlier token "revoked" (Flask-JWT-Extended's blocklist answer, 401).
	const issued = new Map();
	let generation = 0;
	// "revoke previous" mode (POST /__admin/revoke-previous {enabled}): issuing a user a new access
	// token (login or refresh) revokes that user's earlier ones, like a server that keeps one
	// session per account. identity -> jti of the newest access token.
	let revokePrevious = false;
	const newestAccess = new Map();
	const nowSeconds = () => Math.floor(admin.now() / 1000);

	function issue(identity, type, lifetimeSeconds) {
		const iat = nowSeconds();
		const payload = { fresh: false, iat, jti: crypto.randomUUID(), type, identity, nbf: iat };
		if (lifetimeSeconds !== undefined) payload.exp = iat + Number(lifetimeSeconds);
		issued.set(payload.jti, generation);
		if (type === 'access' && lifetimeSeconds !== undefined) newestAccess.set(identity, payload.jti);
		return { token: jwt.sign(payload, secret, { algorithm: 'HS256' }), exp: payload.exp };
	}

	// Returns the token's claims or throws the error Flask-JWT-Extended would answer with.
	// kind: 'access' (resource calls: anything but a refresh token) or 'refresh'.
	function verify(req, kind) {
		const header = req.get('authorization');
		if (!header) throw authError(401, 'Missing Authorization Header');
		const parts = header.split(' ');
		if (parts.length !== 2 || parts[0] !== 'Bearer') throw authError(422, "Bad Authorization header. Expected value 'Bearer <JWT>'");
		const shapeError = malformed(parts[1]);
		if (shapeError) throw authError(422, shapeError);
		let claims;
		try {
			// The vendor clock decides expiry, so POST /__admin/clock can expire tokens.
			claims = jwt.verify(parts[1], secret, { algorithms: ['HS256'], clockTimestamp: nowSeconds() });
		} catch (error) {
			if (error.name === 'TokenExpiredError') throw authError(401, 'Token has expired');
			if (error.name === 'NotBeforeError') throw authError(422, 'The token is not yet valid (nbf)');
			throw authError(422, 'Signature verification failed');
		}
		if (kind === 'refresh' && claims.type !== 'refresh') throw authError(422, 'Only refresh tokens are allowed');
		if (kind === 'access' && claims.type === 'refresh') throw authError(422, 'Only non-refresh tokens are allowed');
		if (issued.get(claims.jti) !== generation) throw authError(401, 'Token has been revoked');
		if (revokePrevious && claims.type === 'access' && claims.exp !== undefined && newestAccess.get(claims.identity) !== claims.jti) {
			admin.count('revokedTokenUses');
			throw authError(401, 'Token has been revoked');
		}
		return claims;
	}

	const userNamed = (name) => USERS.find((u) => u.username === name);

	function login(body) {
		const { username, password } = body || {};
		if (typeof username !== 'string' || typeof password !== 'string') {
			throw new HttpError(400, { msg: 'Missing username or password' });
		}
		const user = userNamed(username);
		if (!user || user.password !== password) {
			admin.count('loginFailures');
			throw authError(404, 'User not found or wrong password');
		}
		admin.count('logins');
		const access = issue(user.username, 'access', lifetimes.accessSeconds);
		const refresh = issue(user.username, 'refresh', lifetimes.refreshSeconds);
		return {
			login: true,
			accessToken: access.token,
			refreshToken: refresh.token,
			accessExpiryDate: expiryString(access.exp),
			refreshExpiryDate: expiryString(refresh.exp),
			id: user.id,
			username: user.username,
			isAdmin: user.isAdmin,
		};
	}

	function refresh(req) {
		const claims = verify(req, 'refresh');
		admin.count('refreshes');
		const access = issue(claims.identity, 'access', lifetimes.accessSeconds);
		return { accessToken: access.token, accessExpiryDate: expiryString(access.exp) };
	}

	function applicationToken(req) {
		const claims = verify(req, 'refresh');
		const user = userNamed(claims.identity);
		if (!user || user.type !== 'application') {
			throw authError(403, 'Only users of type "application" can create application tokens');
		}
		admin.count('applicationTokens');
		// A non-expiring access token: no exp claim at all.
		return { token: issue(user.username, 'access').token };
	}

	// Admin controls.
	admin.hooks.lifetimes = (body) => {
		if (body.accessSeconds !== undefined) lifetimes.accessSeconds = Number(body.accessSeconds);
		if (body.refreshSeconds !== undefined) lifetimes.refreshSeconds = Number(body.refreshSeconds);
		if (body.reset) Object.assign(lifetimes, DEFAULT_LIFETIMES);
		return { ...lifetimes };
	};
	admin.hooks['get:lifetimes'] = () => ({ ...lifetimes });
	admin.hooks['revoke-previous'] = (body) => {
		revokePrevious = body.enabled !== false;
		return { revokePrevious };
	};
	admin.hooks['revoke-tokens'] = () => {
		generation++;
		return { revoked: true, generation };
	};

	return { login, refresh, applicationToken, verify, users: USERS };
}

module.exports = { createAuth, HttpError, expiryString, USERS };
