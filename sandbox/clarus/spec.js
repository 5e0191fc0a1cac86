'use strict';
// Loads Clarus WMS's published OpenAPI document (never copied into this repository) and derives
// from it everything the simulator serves: the REST operation table, the attribute schemas per
// resource, and the copy of the spec handed to express-openapi-validator.
const fs = require('fs');
const path = require('path');

// <repo>/../shared/vendor-docs/clarus-openapi.json, the repo root being two folders up from here.
const DEFAULT_SPEC = path.resolve(__dirname, '..', '..', '..', 'shared', 'vendor-docs', 'clarus-openapi.json');

function loadSpec() {
	const file = process.env.CLARUS_OPENAPI_SPEC || DEFAULT_SPEC;
	if (!fs.existsSync(file)) {
		throw new Error(
			`Clarus simulator: OpenAPI spec not found at ${file}. Set CLARUS_OPENAPI_SPEC to the path of ` +
				'clarus-openapi.json (the vendor spec is read in place, never copied into the repository).',
		);
	}
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// Follows $ref (and a lone allOf: [$ref]) to the schema it names.
function deref(spec, schema) {
	let s = schema;
	for (let guard = 0; s && guard < 20; guard++) {
		if (s.$ref) s = s.$ref.split('/').slice(1).reduce((o, k) => o?.[k], spec);
		else if (s.allOf && s.allOf.length === 1 && !s.properties) s = { ...s.allOf[0], ...s, allOf: undefined };
		else break;
	}
	return s;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const isParam = (seg) => /^\{.+\}$/.test(seg);
const paramName = (seg) => seg.slice(1, -1);
// Collections whose records live in another resource (receive and load tasks are tasks).
const COLLECTION_ALIASES = { receive_tasks: 'tasks', load_tasks: 'tasks' };

// `data.type` enum of an operation's JSON:API request body, if any.
function bodyType(spec, op) {
	const schema = deref(spec, op?.requestBody?.content?.['application/json']?.schema);
	const data = deref(spec, schema?.properties?.data);
	return deref(spec, data?.properties?.type)?.enum?.[0];
}

function bodyAttributes(spec, op) {
	const schema = deref(spec, op?.requestBody?.content?.['application/json']?.schema);
	const data = deref(spec, schema?.properties?.data);
	return deref(spec, data?.properties?.attributes);
}

// What an operation answers on success: status, whether it wraps a record in `data`, an example.
function successResponse(spec, op) {
	const status = Object.keys(op.responses || {}).find((c) => /^2\d\d$/.test(c)) || '200';
	const resp = deref(spec, op.responses?.[status]) || {};
	const media = resp.content?.['application/json'];
	const schema = deref(spec, media?.schema);
	const data = deref(spec, schema?.properties?.data);
	return {
		status: Number(status),
		hasBody: Boolean(media),
		schema,
		wrapsData: Boolean(data),
		dataType: deref(spec, data?.properties?.type)?.enum?.[0],
		example: media?.example,
	};
}

/**
 * Classifies every REST path+method of the spec:
 *  create           POST /api/<collection> (or a nested collection) whose body carries data.type
 *  update / delete  PATCH / DELETE /api/<collection>/{id}
 *  bulkDelete       DELETE /api/<collection>?ids=1,2,3
 *  itemAction       POST|PATCH|PUT|GET|DELETE /api/<collection>/{id}/<action>
 *  collectionAction POST|PATCH /api/<collection>/<action> (bodies such as {ids: [...]})
 * Returns Map("METHOD /route") -> op.
 */
function restOperations(spec) {
	const paths = Object.keys(spec.paths).filter((p) => p.startsWith('/api/'));
	// Which resource a collection path holds: from its create body, else its item update body.
	const collectionResource = (collection) => {
		const post = spec.paths[collection]?.post;
		const patch = spec.paths[`${collection}/{id}`]?.patch;
		const literal = collection.split('/').pop();
		return bodyType(spec, post) || bodyType(spec, patch) || COLLECTION_ALIASES[literal] || literal;
	};

	const ops = new Map();
	for (const route of paths) {
		const segs = route.split('/');
		const last = segs[segs.length - 1];
		const prev = segs[segs.length - 2];
		for (const method of METHODS) {
			const op = spec.paths[route][method];
			if (!op) continue;
			const M = method.toUpperCase();
			const type = bodyType(spec, op);
			const entry = { method: M, route, operationId: op.operationId, response: successResponse(spec, op) };
			if (isParam(last)) {
				// .../{id}: update or delete a record of the collection above it
				const collection = segs.slice(0, -1).join('/');
				Object.assign(entry, {
					kind: M === 'DELETE' ? 'delete' : M === 'PATCH' || M === 'PUT' ? 'update' : 'itemAction',
					resource: collectionResource(collection),
					idParam: paramName(last),
				});
			} else if (isParam(prev)) {
				// .../{param}/<literal>: an action on that record, unless the body creates a different
				// resource nested under it (e.g. /api/products/{product_id}/materials)
				const parent = segs.slice(0, -2).join('/');
				const parentResource = collectionResource(parent);
				if (M === 'POST' && type && type !== parentResource) {
					Object.assign(entry, { kind: 'create', resource: type, parentParam: paramName(prev) });
				} else {
					Object.assign(entry, { kind: 'itemAction', resource: parentResource, idParam: paramName(prev), action: last });
				}
			} else if (M === 'POST' && type) {
				Object.assign(entry, { kind: 'create', resource: type });
			} else if (M === 'DELETE') {
				Object.assign(entry, { kind: 'bulkDelete', resource: collectionResource(route) });
			} else {
				const parent = segs.slice(0, -1).join('/');
				Object.assign(entry, { kind: 'collectionAction', resource: collectionResource(parent), action: last });
			}
			ops.set(`${M} ${route}`, entry);
		}
	}
	return ops;
}

// The union of attribute schemas (create and update bodies) per resource: used to keep only
// declared attributes (like Rails strong parameters) and to type GraphQL fields.
function attributeSchemas(spec, ops) {
	const out = {};
	for (const op of ops.values()) {
		if (op.kind !== 'create' && op.kind !== 'update') continue;
		const attrs = bodyAttributes(spec, spec.paths[op.route][op.method.toLowerCase()]);
		if (!attrs?.properties) continue;
		const props = (out[op.resource] = out[op.resource] || {});
		for (const [k, v] of Object.entries(attrs.properties)) if (!props[k]) props[k] = deref(spec, v);
	}
	return out;
}

/**
 * The copy of the spec given to express-openapi-validator. Changes, all documented in
 * sandbox/docs/clarus.md:
 *  - the `/graphql#ListX` pseudo-paths are dropped (they document GraphQL queries, not routes);
 *  - PATCH bodies do not enforce the create schema's `required` list (the spec reuses the create
 *    schema for updates, yet its own PATCH examples send only the changed attributes);
 *  - query parameters allow reserved characters, so `?ids=1,2,3` (the documented form) passes.
 */
function validatorSpec(spec) {
	const copy = JSON.parse(JSON.stringify(spec));
	for (const p of Object.keys(copy.paths)) if (!p.startsWith('/api/')) delete copy.paths[p];
	for (const item of Object.values(copy.paths)) {
		for (const method of METHODS) {
			const op = item[method];
			if (!op) continue;
			for (const param of op.parameters || []) if (param.in === 'query') param.allowReserved = true;
			if (method !== 'patch') continue;
			const media = op.requestBody?.content?.['application/json'];
			const schema = deref(copy, media?.schema);
			const data = deref(copy, schema?.properties?.data);
			if (!data?.properties?.attributes) continue;
			const attrs = deref(copy, data.properties.attributes);
			const relaxed = { ...attrs };
			delete relaxed.required;
			// Write the relaxed copy inline on this operation only (the create schema stays strict).
			const inlineData = { ...data, properties: { ...data.properties, attributes: relaxed } };
			media.schema = { ...schema, properties: { ...schema.properties, data: inlineData } };
		}
	}
	return copy;
}

module.exports = { loadSpec, deref, restOperations, attributeSchemas, validatorSpec, DEFAULT_SPEC };
