'use strict';
// The resource table of every node, through the real execute() in-process (test/unit/harness):
// for every resource/operation the node's built description offers (default version, and
// version 1 where the node has versions), execute once with the least a user fills in (every
// shown required parameter, see harness/minimal.js) and check that it succeeds and that its
// request goes to the credential's base URL, on a path the vendor documents, with the method the
// vendor documents for that kind of operation:
// - Claret: the endpoints of ../shared/vendor-docs/API-NOTES.md (listed below; when the notes are
//   next to the repository the list is checked against them).
// - ItemPath: `/api/<resource>` and `/api/<resource>/:id` as the docs' endpoint pattern says, the
//   segment one the docs name (../shared/vendor-docs/itempath-api-resources.md; that check is
//   skipped when the file is not there, as in a clean clone).
// - Clarus: the method and path of that operation in nodes/ClarusWms/generated/operations.ts
//   (generated from Clarus's OpenAPI document); Get Many (and a Get the REST API lacks): POST
//   /graphql with the documented list query's root field; GraphQL: POST /graphql.
// Needs `npm run build`.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { defaultNodeVersion, execute, nodeVersions } = require('./harness/context');
const { displayedProperties, resourceOperations } = require('./harness/description');
const { minimalParameters, minimalValue } = require('./harness/minimal');
const { CREDENTIALS, SECRETS, claretLogin } = require('./harness/fixtures');

const root = path.join(__dirname, '..', '..');
const vendorDocs = path.join(root, '..', 'shared', 'vendor-docs');
const readDoc = (file) => (fs.existsSync(path.join(vendorDocs, file)) ? fs.readFileSync(path.join(vendorDocs, file), 'utf8') : undefined);

/** An answer every list, record and GraphQL call accepts: empty REST lists, one bare record, a GraphQL page with record 1. */
function plainAnswers(req) {
	if (req.path === '/graphql') {
		const m = /\{\s*(\w+)\s*\{\s*(\w+)\s*\(/.exec(String(req.body?.query ?? ''));
		const page = { pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ cursor: 'c1', node: { id: '1' } }] };
		return { body: { data: m ? { [m[1]]: { [m[2]]: page } } : {} } };
	}
	if (req.method === 'GET' && /^\/api\/[a-z_]+$/.test(req.path)) return { body: { [req.path.split('/').pop()]: [] } };
	if (req.path === '/api/users/login') return { body: { login: true, accessToken: 'access.jwt', refreshToken: 'refresh.jwt' } };
	if (req.path === '/api/users/application-token') return { body: { token: 'new-application-token' } };
	return { body: { data: { id: '1', type: 'record', attributes: {} }, id: 1 } };
}

/** One input item that satisfies the nodes' default mappings and binary uploads. */
const input = [
	{
		json: { item_name: 'ITEM-1', quantity: 1 },
		binary: { data: { data: Buffer.from('file').toString('base64'), mimeType: 'text/plain', fileName: 'upload.txt' } },
	},
];

/**
 * Runs every resource/operation of `nodeName` in `version`; returns a list of problems (empty
 * when all is well) and the number of operations run.
 */
async function runTable(nodeName, version, { credentials, extra, check }) {
	const credentialsFor = typeof credentials === 'function' ? credentials : () => credentials;
	const problems = [];
	const operations = resourceOperations(nodeName, version);
	for (const { resource, operation } of operations) {
		const label = `${resource}.${operation}`;
		const parameters = await minimalParameters(nodeName, resource, operation, version, extra(resource, operation));
		const run = await execute({
			node: nodeName,
			version,
			parameters,
			credentials: credentialsFor(resource, operation),
			input,
			responders: [claretLogin, plainAnswers],
		});
		if (run.error) {
			problems.push(`${label}: ${run.error.message}`);
			continue;
		}
		// The node's own requests (the credential's sign-in has no credential type).
		const calls = run.requests.filter((r) => r.credentialType);
		if (calls.length === 0) {
			problems.push(`${label}: sent no request`);
			continue;
		}
		for (const call of calls) {
			const problem = check(resource, operation, call, calls);
			if (problem) problems.push(`${label}: ${call.method} ${call.url}: ${problem}`);
		}
	}
	return { problems, count: operations.length };
}

/** The default version, the newest and version 1, where the node has them. */
const versionsToCover = (nodeName) => {
	const versions = nodeVersions(nodeName);
	return [...new Set([defaultNodeVersion(nodeName), versions[versions.length - 1], ...(versions.includes(1) ? [1] : [])])];
};

describe('resource table: every operation reaches a documented path on the vendor\'s base URL', () => {
	// ------------------------------------------------------------------ Claret
	// The endpoints Claret documents (API-NOTES.md), relative to /{tenant}/api/v1.
	const CLARET_DOCUMENTED = [
		['GET', '/sales'],
		['POST', '/sales'],
		['GET', '/supply-plan/get/process'],
		['POST', '/inventory/import/process'],
		['POST', '/inventory/batch-delete'],
		['GET', '/imports/status/{job_log_id}'],
	];
	const notes = readDoc('API-NOTES.md');
	it('the Claret endpoint list is the one the vendor notes give', { skip: notes ? false : 'vendor notes not next to the repository' }, () => {
		for (const [method, p] of CLARET_DOCUMENTED) assert.ok(notes.includes(`\`${method} ${p}`), `${method} ${p} is not in API-NOTES.md`);
	});
	const templateRegex = (template) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
	const claretBase = '/demo/api/v1';
	for (const version of versionsToCover('Claret')) {
		it(`Claret v${version}`, async () => {
			const { problems, count } = await runTable('Claret', version, {
				credentials: { claretApi: CREDENTIALS.claretApi },
				extra: (resource, operation) =>
					resource === 'apiRequest'
						? { method: 'GET', path: '/supply-plan/get/process' }
						: resource === 'inventory' && operation === 'delete'
							? { rows: { row: [{ item: 'ITEM-1' }] } }
							: {},
				check: (resource, operation, call) => {
					if (call.origin !== 'https://plan.claret.app') return 'not the credential\'s host';
					if (!call.path.startsWith(`${claretBase}/`)) return 'not under /{tenant}/api/v1';
					const rest = call.path.slice(claretBase.length);
					const documented = CLARET_DOCUMENTED.some(([m, t]) => m === call.method && templateRegex(t).test(rest));
					return documented ? undefined : 'not a documented endpoint';
				},
			});
			assert.ok(count >= 6, `only ${count} operations`);
			assert.deepEqual(problems, []);
		});
	}

	// ------------------------------------------------------------------ ItemPath
	const itemPathDoc = readDoc('itempath-api-resources.md');
	const documentedSegments = itemPathDoc ? new Set([...itemPathDoc.matchAll(/\/api\/([a-z_]+)/g)].map((m) => m[1])) : undefined;
	/** The documented endpoint pattern: list/create on /api/<r>, get/update/delete on /api/<r>/:id. */
	const ITEMPATH_SHAPE = {
		getAll: { methods: ['GET'], id: false },
		create: { methods: ['POST'], id: false },
		get: { methods: ['GET'], id: true },
		update: { methods: ['POST', 'PUT'], id: true },
		delete: { methods: ['DELETE'], id: true },
	};
	/** An Update needs something to change: the first plain field its "Update Fields" offers. */
	const oneUpdateField = (resource, version) => {
		const fields = displayedProperties('ItemPath', { resource, operation: 'update' }, version).find((p) => p.name === 'updateFields');
		const field = (fields?.options ?? []).find((o) => ['string', 'number', 'boolean', 'options'].includes(o.type));
		return field ? { [field.name]: minimalValue(field) } : {};
	};
	/** Whether a path segment (order_lines) is the resource's (orderLine): its plural, loosely. */
	const segmentFits = (resource, segment) => {
		const seg = segment.replace(/_/g, '');
		const value = resource.toLowerCase();
		return seg.startsWith(value) || seg.startsWith(value.slice(0, -1)) || (resource === 'apiCall' && segment === 'calls');
	};
	for (const version of versionsToCover('ItemPath')) {
		it(`ItemPath v${version}`, async () => {
			const { problems, count } = await runTable('ItemPath', version, {
				// Creating an application token needs a signed-in user (its refresh token).
				credentials: (resource, operation) =>
					resource === 'user' && operation === 'createApplicationToken'
						? { itemPathApi: { url: CREDENTIALS.itemPathApi.url, authMethod: 'login', username: 'api-user', password: SECRETS.itemPathPassword } }
						: { itemPathApi: CREDENTIALS.itemPathApi },
				extra: (resource, operation) => {
					if (resource === 'apiRequest') return { method: 'GET', path: '/materials' };
					if (operation === 'update') return { updateFields: oneUpdateField(resource, version) };
					if (resource === 'order' && operation === 'create') return { orderLines: { line: [{ materialName: 'MAT-1', quantity: 1 }] } };
					return {};
				},
				check: (resource, operation, call, calls) => {
					if (call.origin !== 'https://acme.itempath.com') return 'not the credential\'s host';
					if (resource === 'user' && operation === 'createApplicationToken') {
						// Documented: POST /api/users/application-token with the refresh token; a
						// session is started first with a light documented read.
						const last = calls[calls.length - 1];
						if (last.method !== 'POST' || last.path !== '/api/users/application-token') return 'the last call is not POST /api/users/application-token';
						if (call === last) return undefined;
						return call.method === 'GET' && documentedSegments?.has(call.path.split('/')[2]) !== false ? undefined : 'not a documented read';
					}
					const m = /^\/api\/([a-z_]+)(?:\/(\d+))?$/.exec(call.path);
					if (!m) return 'not /api/<resource> or /api/<resource>/:id';
					if (documentedSegments && !documentedSegments.has(m[1])) return `/api/${m[1]} is not in the ItemPath docs`;
					if (resource === 'apiRequest') return m[1] === 'materials' ? undefined : 'not the path asked for';
					const shape = ITEMPATH_SHAPE[operation];
					if (!shape) return `no documented endpoint pattern for "${operation}"`;
					if (!shape.methods.includes(call.method)) return `${operation} is documented as ${shape.methods.join(' or ')}`;
					if (shape.id !== (m[2] !== undefined)) return shape.id ? 'has no record id' : 'has a record id';
					if (!segmentFits(resource, m[1])) return `/api/${m[1]} is not the ${resource} endpoint`;
					return undefined;
				},
			});
			assert.ok(count >= 20, `only ${count} operations`);
			assert.deepEqual(problems, []);
		});
	}

	// ------------------------------------------------------------------ Clarus WMS
	const generated = fs.readFileSync(path.join(root, 'nodes', 'ClarusWms', 'generated', 'operations.ts'), 'utf8');
	const model = JSON.parse(generated.slice(generated.indexOf('= {') + 2).replace(/;\s*$/, ''));
	const specResource = (key) => model.resources.find((r) => r.key === key);
	for (const version of versionsToCover('ClarusWms')) {
		it(`Clarus WMS v${version}`, async () => {
			const { problems, count } = await runTable('ClarusWms', version, {
				credentials: { clarusWmsOAuth2Api: CREDENTIALS.clarusWmsOAuth2Api },
				extra: (resource) => (resource === 'apiRequest' ? { method: 'GET', path: '/api/goods_outs' } : {}),
				check: (resource, operation, call) => {
					if (call.origin !== 'https://clarus-api.com') return 'not the credential\'s host';
					if (call.wireHeaders['X-Clarus-Subdomain'] !== 'acme-warehouse') return 'no X-Clarus-Subdomain header';
					if (resource === 'apiRequest') return call.method === 'GET' && call.path === '/api/goods_outs' ? undefined : 'not the call asked for';
					if (resource === 'graphql') return call.method === 'POST' && call.path === '/graphql' ? undefined : 'not POST /graphql';
					const spec = specResource(resource);
					if (!spec) return `"${resource}" is not a resource of the generated spec data`;
					const op = spec.operations.find((o) => o.key === operation);
					// Get Many (and a Get the REST API does not have) read through the documented list query.
					if (operation === 'getAll' || (!op && spec.list && call.path === '/graphql')) {
						if (!spec.list) return 'the spec has no list query for it';
						if (call.method !== 'POST' || call.path !== '/graphql') return 'not POST /graphql';
						const root = /\{\s*(\w+)\s*\{/.exec(String(call.body?.query ?? ''))?.[1];
						return root === spec.list.rootField ? undefined : `queries "${root}", the docs' list is "${spec.list.rootField}"`;
					}
					if (!op) return `"${operation}" is not an operation of the generated spec data`;
					if (call.method !== op.method) return `the spec says ${op.method}`;
					const template = new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
					return template.test(call.path) ? undefined : `the spec's path is ${op.path}`;
				},
			});
			assert.ok(count >= 300, `only ${count} operations`);
			assert.deepEqual(problems, []);
		});
	}
});
