'use strict';
// Clarus WMS simulator (clarus-api.com). See sandbox/docs/clarus.md for what is simulated and
// which behaviours come from the vendor docs versus choices made where they are silent.
//   /oauth/authorize, /oauth/token   OAuth 2.0 (@node-oauth/oauth2-server)
//   /api/...                         REST mutations generated from clarus-openapi.json
//   POST /graphql                    GraphQL lists generated from the spec's /graphql#ListX docs
// Every /api and /graphql call needs a bearer token and an X-Clarus-Subdomain the token's
// account may use.
const OpenApiValidator = require('express-openapi-validator');
const { createVendorApp } = require('../lib/vendor-app');
const { loadSpec, restOperations, attributeSchemas, validatorSpec } = require('./spec');
const { Tenant } = require('./store');
const { TENANTS, seedTenant } = require('./seed');
const { createOAuth } = require('./oauth');
const { createRest, VendorError, sendError, fromValidatorError } = require('./rest');
const { createGraphqlHandler, parseListDocs } = require('./graphql');
const { createAutomationEngine } = require('./automations');

function create({ seed = 42 } = {}) {
	const spec = loadSpec(); // throws a clear Error when the spec is missing
	const ops = restOperations(spec);
	const attributes = attributeSchemas(spec, ops);
	// Clarus documents no 429; these follow its JSON:API error shape (inferred, see
	// docs/clarus.md, "Throttling").
	const { app, admin } = createVendorApp('clarus', {
		presets: {
			throttle: {
				status: 429,
				body: { errors: [{ code: 429, symbol: 'too_many_requests', details: 'Rate limit exceeded. Try again later.', source: null, context: {} }] },
			},
			unavailable: {
				status: 503,
				body: { errors: [{ code: 503, symbol: 'service_unavailable', details: 'The service is temporarily unavailable. Try again later.', source: null, context: {} }] },
			},
		},
	});

	// Entity names known to the relation resolver: REST resources, GraphQL roots, seeded tables.
	const entities = new Set([...ops.values()].map((o) => o.resource));
	for (const l of parseListDocs(spec).lists) entities.add(l.root);
	let tenants;
	const reseed = () => {
		tenants = new Map(
			Object.keys(TENANTS).map((name) => {
				const t = new Tenant(name, entities);
				seedTenant(t, seed);
				return [name, t];
			}),
		);
	};
	reseed();
	const entityFor = (name) => tenants.values().next().value.entityFor(name);

	const oauth = createOAuth(admin);
	const automations = createAutomationEngine({ admin, tenants: () => tenants });
	// Events fire after the REST answer is written, as a queued job would at Clarus.
	const rest = createRest({ ops, attributes, admin, onChange: (change) => setImmediate(() => automations.onRest(change)) });
	const gql = createGraphqlHandler({ spec, attributes, entityFor, admin });

	// --- OAuth 2.0 ---
	app.get('/oauth/authorize', oauth.authorizePage);
	app.post('/oauth/authorize', oauth.authorizeSubmit);
	app.post('/oauth/token', oauth.token);

	// --- bearer token, then tenant (X-Clarus-Subdomain), for every API call ---
	async function guard(req, res, next) {
		const token = await oauth.authenticate(req, res);
		if (!token) return; // 401 {"error": "..."} already sent
		const subdomain = req.get('X-Clarus-Subdomain');
		if (!subdomain) {
			admin.count('requestsWithoutSubdomain');
			return sendError(res, new VendorError(403, 'subdomain_required', 'The X-Clarus-Subdomain header is required on every request', 'X-Clarus-Subdomain'));
		}
		const tenant = tenants.get(subdomain);
		if (!tenant) return sendError(res, new VendorError(404, 'subdomain_not_found', `Subdomain '${subdomain}' does not exist`, 'X-Clarus-Subdomain', { subdomain }));
		if (!oauth.tenantsFor(token).includes(subdomain))
			return sendError(res, new VendorError(403, 'subdomain_forbidden', `You are not authorised to access subdomain '${subdomain}'`, 'X-Clarus-Subdomain', { subdomain }));
		req.clarus = { tenant, token };
		next();
	}
	app.use('/api', guard);
	app.use('/graphql', guard);
	app.post('/graphql', gql.handle);

	// --- REST: request validation by express-openapi-validator, then the generic handler ---
	app.use(
		OpenApiValidator.middleware({
			apiSpec: validatorSpec(spec),
			validateRequests: { allErrors: true },
			validateResponses: false,
			validateSecurity: false, // authentication is the OAuth server's job, above
			ignorePaths: (p) => !p.startsWith('/api/'),
			fileUploader: false,
		}),
	);
	app.use('/api', automations.middleware);
	app.use('/api', rest);
	app.use((req, res) => sendError(res, new VendorError(404, 'route_not_found', `No route matches ${req.method} ${req.path}`)));
	// Error handler (four arguments): validator and body-parser errors in the vendor shape.
	app.use((err, req, res, _next) => sendError(res, err.status ? fromValidatorError(err) : new VendorError(500, 'server_error', 'Internal server error')));

	// --- admin controls (besides the shared /__admin ones) ---
	admin.hooks['token-lifetime'] = (b) => oauth.controls.setLifetime(b.seconds);
	admin.hooks['expire-tokens'] = () => oauth.controls.expireAll();
	admin.hooks['revoke-tokens'] = () => oauth.controls.revokeAll();
	admin.hooks['web-login'] = (b) => oauth.controls.webLogin(b.email);
	admin.hooks['reseed'] = () => (reseed(), automations.reset(), { ok: true });
	Object.assign(admin.hooks, automations.hooks);
	admin.hooks['get:tokens'] = () => oauth.controls.summary();
	admin.hooks['get:store'] = (q) => {
		const t = tenants.get(q.tenant || 'acme-warehouse');
		return t ? Object.fromEntries([...t.tables].map(([k, v]) => [k, v.rows.size])) : {};
	};

	return { app, admin, graphqlRoots: gql.roots, tenants: () => tenants, automations, setPublicUrl: automations.setPublicUrl };
}

module.exports = { create };
