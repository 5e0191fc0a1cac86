'use strict';
// Clarus GraphQL (POST /graphql), served by the `graphql` package with a schema generated from
// the spec's `/graphql#ListX` pseudo-paths: each gives the root field, the filter input type
// name and node fields (its example query, parsed with graphql's own parser) and the filter
// fields with their operator input types (the "Available Filters" markdown table).
const {
	graphql,
	parse,
	GraphQLError,
	GraphQLSchema,
	GraphQLObjectType,
	GraphQLInputObjectType,
	GraphQLScalarType,
	GraphQLList,
	GraphQLNonNull,
	GraphQLString,
	GraphQLInt,
	GraphQLFloat,
	GraphQLBoolean,
	GraphQLID,
} = require('graphql');
const { singular } = require('./store');

const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 100;
const DAY = 24 * 3600 * 1000;

// ---------- reading the spec ----------

const tableRows = (markdown) =>
	markdown
		.split('\n')
		.filter((l) => /^\|\s*`/.test(l))
		.map((l) => l.split('|').map((c) => c.trim()))
		.map((cells) => ({ cells, ops: (cells[3] || cells[2] || '').match(/`(\w+)`/g)?.map((o) => o.slice(1, -1)) || [] }));

function selectionTree(selectionSet) {
	const tree = new Map();
	for (const sel of selectionSet?.selections || []) tree.set(sel.name.value, sel.selectionSet ? selectionTree(sel.selectionSet) : null);
	return tree;
}

/** One descriptor per `/graphql#ListX` path. */
function parseListDocs(spec) {
	const lists = [];
	const operatorTable = {}; // input type name -> operators, from the "Filter Operators" tables
	for (const [p, item] of Object.entries(spec.paths)) {
		if (!p.startsWith('/graphql#')) continue;
		const op = item.post;
		const content = op['x-mint']?.content || '';
		const example = op.requestBody?.content?.['application/json']?.example;
		const source = example?.query || content.match(/```graphql\n([\s\S]*?)```/)?.[1];
		const def = parse(source).definitions[0];
		let varType = def.variableDefinitions?.[0]?.type;
		while (varType && varType.type) varType = varType.type; // unwrap NonNull/List
		const rootSel = def.selectionSet.selections[0];
		const all = rootSel.selectionSet.selections.find((s) => s.name.value === 'all');
		const edges = all.selectionSet.selections.find((s) => s.name.value === 'edges');
		const node = edges.selectionSet.selections.find((s) => s.name.value === 'node');
		const [filtersMd = '', operatorsMd = ''] = (content.split('### Available Filters')[1] || '').split('### Filter Operators');
		const filters = tableRows(filtersMd).map(({ cells }) => ({
			name: cells[1].replace(/`/g, ''),
			inputType: cells[2],
			ops: cells[3].match(/`(\w+)`/g)?.map((o) => o.slice(1, -1)) || [],
		}));
		for (const { cells, ops } of tableRows(operatorsMd)) operatorTable[cells[1].replace(/`/g, '')] = ops;
		const exampleData = op.responses?.['200']?.content?.['application/json']?.example?.data;
		lists.push({
			path: p,
			root: rootSel.name.value,
			filterTypeName: varType?.name?.value || `${rootSel.name.value}FilterType`,
			node: selectionTree(node.selectionSet),
			filters,
			exampleNode: exampleData?.[rootSel.name.value]?.all?.edges?.[0]?.node,
		});
	}
	return { lists, operatorTable };
}

// ---------- dates (Chronic-style values, as the spec's report docs describe) ----------

function chronic(text, nowMs, endOfDay = false) {
	const s = String(text).trim().toLowerCase();
	const d = new Date(nowMs);
	const today = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
	if (s === 'now') return nowMs;
	if (/^(today|start of today|beginning of day|today 00:00(:00)?)$/.test(s)) return today;
	if (s === 'yesterday') return today - DAY;
	if (s === 'tomorrow') return today + DAY;
	if (/^(beginning|start) of (the )?month$/.test(s)) return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
	const ago = s.match(/^(\d+) (second|minute|hour|day|week)s? ago$/);
	if (ago) return nowMs - Number(ago[1]) * { second: 1e3, minute: 6e4, hour: 36e5, day: DAY, week: 7 * DAY }[ago[2]];
	if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return Date.parse(`${s}T00:00:00Z`) + (endOfDay ? DAY - 1 : 0);
	const t = Date.parse(/^\d{4}-\d{2}-\d{2} \d/.test(s) && !/[z+]|-\d\d:?\d\d$/.test(s.slice(10)) ? `${s.replace(' ', 'T')}Z` : s.toUpperCase());
	if (Number.isNaN(t)) throw new GraphQLError(`Invalid date/time value: "${text}"`);
	return t;
}

const Chronic = new GraphQLScalarType({
	name: 'Chronic',
	description: 'A date/time: ISO 8601, "YYYY-MM-DD HH:MM:SS" (UTC) or phrases such as "today", "3 days ago", "beginning of month".',
	serialize: (v) => v,
	parseValue(v) {
		if (typeof v !== 'string') throw new TypeError('Chronic must be a string');
		chronic(v, Date.now()); // validate
		return v;
	},
	parseLiteral(ast) {
		if (ast.kind !== 'StringValue') throw new TypeError('Chronic must be a string');
		chronic(ast.value, Date.now());
		return ast.value;
	},
});

const JSONScalar = new GraphQLScalarType({ name: 'JSON', description: 'Any JSON value', serialize: (v) => v, parseValue: (v) => v });

// ---------- filters ----------

// The value kind behind each operator input type; unknown names (StatusCodeInputType, ...) are strings.
const KIND = { IdInputType: 'id', IntegerInputType: 'int', DecimalInputType: 'float', DatetimeInputType: 'datetime', BooleanInputType: 'boolean' };
const SCALAR = { id: GraphQLID, int: GraphQLInt, float: GraphQLFloat, datetime: Chronic, boolean: GraphQLBoolean, string: GraphQLString };
const kindOf = (inputType) => KIND[inputType] || 'string';

const like = (value, pattern, caseInsensitive) => {
	const v = caseInsensitive ? String(value).toLowerCase() : String(value);
	const p = caseInsensitive ? String(pattern).toLowerCase() : String(pattern);
	if (!/[%_]/.test(p)) return v.includes(p); // "partial" match
	const re = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
	return new RegExp(`^${re}$`, 's').test(v);
};

function compare(kind, a, b, nowMs, endOfDay) {
	if (kind === 'datetime') return Date.parse(a) - chronic(b, nowMs, endOfDay);
	if (kind === 'id' || kind === 'int' || kind === 'float') return Number(a) - Number(b);
	return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function test(op, kind, value, operand, nowMs) {
	if (Array.isArray(value)) return value.some((v) => test(op, kind, v, operand, nowMs));
	const present = value !== null && value !== undefined;
	switch (op) {
		case 'eq':
			if (!present) return false;
			if (kind === 'boolean') return value === operand;
			if (kind === 'datetime' && /^\d{4}-\d{2}-\d{2}$/.test(String(operand).trim())) return String(value).slice(0, 10) === String(operand).trim();
			if (kind === 'datetime') return Date.parse(value) === chronic(operand, nowMs);
			return kind === 'int' || kind === 'float' ? Number(value) === Number(operand) : String(value) === String(operand);
		case 'like':
		case 'ilike':
			return present && like(value, operand, op === 'ilike');
		case 'in':
			return operand.some((o) => test('eq', kind, value, o, nowMs));
		case 'between':
			return present && compare(kind, value, operand[0], nowMs) >= 0 && compare(kind, value, operand[operand.length - 1], nowMs, true) <= 0;
		case 'gt':
			return present && compare(kind, value, operand, nowMs) > 0;
		case 'gteq':
		case 'from':
			return present && compare(kind, value, operand, nowMs) >= 0;
		case 'lt':
			return present && compare(kind, value, operand, nowMs) < 0;
		case 'lteq':
		case 'to':
			return present && compare(kind, value, operand, nowMs, op === 'to') <= 0;
		case 'filled':
			return operand ? present && value !== '' : !present || value === '';
		default:
			return false;
	}
}

// ---------- pagination (Relay connections with offset cursors, like graphql-ruby) ----------

const encodeCursor = (n) => Buffer.from(String(n)).toString('base64url');
function decodeCursor(cursor) {
	const n = Number(Buffer.from(String(cursor), 'base64url').toString());
	if (!Number.isInteger(n) || n < 0 || encodeCursor(n) !== String(cursor).replace(/=+$/, '')) throw new GraphQLError(`Invalid cursor: "${cursor}"`);
	return n;
}

function paginate(rows, { first, after, last, before }) {
	for (const [k, v] of Object.entries({ first, last }))
		if (v != null && v < 0) throw new GraphQLError(`Argument '${k}' on Field 'all' has an invalid value (${v}). Expected a non-negative integer.`);
	let start = after != null ? decodeCursor(after) : 0; // a cursor is the 1-based position of its record
	const end = before != null ? Math.min(rows.length, decodeCursor(before) - 1) : rows.length;
	start = Math.min(start, end);
	let to = end;
	if (first != null) to = Math.min(end, start + Math.min(first, MAX_PAGE_SIZE));
	else if (last == null) to = Math.min(end, start + DEFAULT_PAGE_SIZE);
	const from = last != null ? Math.max(start, to - Math.min(last, MAX_PAGE_SIZE)) : start;
	const edges = rows.slice(from, to).map((node, i) => ({ cursor: encodeCursor(from + i + 1), node }));
	return {
		edges,
		nodes: edges.map((e) => e.node),
		pageInfo: {
			hasNextPage: to < rows.length,
			hasPreviousPage: from > 0,
			startCursor: edges[0]?.cursor ?? null,
			endCursor: edges[edges.length - 1]?.cursor ?? null,
		},
	};
}

// ---------- schema ----------

const pascal = (s) => s.replace(/(^|_)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const DECIMALISH = /quantity|weight|price|total|rate|volume|cube|length|width|height|depth/;

function scalarFromSchema(prop) {
	const type = prop?.type || prop?.allOf?.[0]?.type;
	return { integer: GraphQLInt, number: GraphQLFloat, boolean: GraphQLBoolean, string: GraphQLString, object: JSONScalar, array: JSONScalar }[type];
}

/**
 * @param spec       the vendor OpenAPI document
 * @param attributes REST attribute schemas per resource (from spec.js)
 * @param entityFor  relation name -> entity name (from the store)
 */
function buildSchema(spec, attributes, entityFor) {
	const { lists, operatorTable } = parseListDocs(spec);
	const filterKinds = {}; // entity -> field -> kind
	for (const l of lists) filterKinds[l.root] = Object.fromEntries(l.filters.map((f) => [f.name, kindOf(f.inputType)]));

	// entity -> Map(field -> {leaf: GraphQL scalar} | {entity, list})
	const registry = new Map();
	const fieldsOf = (entity) => {
		if (!registry.has(entity)) registry.set(entity, new Map([['id', { leaf: GraphQLID }]]));
		return registry.get(entity);
	};
	const leafType = (entity, name, example) => {
		if (name === 'id') return GraphQLID;
		// The spec's examples show node ids as strings ("1") but *_id attributes as numbers.
		if (name.endsWith('_id')) return typeof example === 'string' ? GraphQLID : GraphQLInt;
		const k = filterKinds[entity]?.[name];
		if (k) return k === 'datetime' || k === 'id' ? GraphQLString : SCALAR[k];
		const fromRest = scalarFromSchema(attributes[entity]?.[name]);
		if (fromRest) return fromRest;
		if (typeof example === 'boolean') return GraphQLBoolean;
		if (typeof example === 'number') return Number.isInteger(example) && !DECIMALISH.test(name) ? GraphQLInt : GraphQLFloat;
		if (example && typeof example === 'object') return JSONScalar;
		return GraphQLString;
	};
	const addSelection = (entity, tree, example) => {
		const fields = fieldsOf(entity);
		for (const [name, sub] of tree) {
			const ex = example?.[name];
			if (sub) {
				const list = Array.isArray(ex);
				const target = entityFor(name);
				if (!fields.has(name) || fields.get(name).leaf) fields.set(name, { entity: target, list });
				addSelection(target, sub, list ? ex[0] : ex);
			} else if (!fields.has(name)) fields.set(name, { leaf: leafType(entity, name, ex) });
		}
	};
	for (const l of lists) addSelection(l.root, l.node, l.exampleNode);
	// "More fields ... available via introspection": every REST attribute, and the *_id filter keys.
	for (const [entity, fields] of registry) {
		for (const [name, prop] of Object.entries(attributes[entity] || {}))
			if (!name.endsWith('_changes') && !fields.has(name)) fields.set(name, { leaf: name.endsWith('_id') ? GraphQLInt : scalarFromSchema(prop) || GraphQLString });
		for (const name of Object.keys(filterKinds[entity] || {})) if (name.endsWith('_id') && !fields.has(name)) fields.set(name, { leaf: GraphQLInt });
	}

	// Object types, one per entity; fields are thunks so entities can reference each other.
	const usedNames = new Set();
	const uniqueName = (base) => {
		let n = base;
		while (usedNames.has(n)) n += 'Node';
		usedNames.add(n);
		return n;
	};
	for (const l of lists) usedNames.add(l.filterTypeName);
	const objectTypes = new Map();
	const objectType = (entity) => {
		if (objectTypes.has(entity)) return objectTypes.get(entity);
		const type = new GraphQLObjectType({
			name: uniqueName(`${pascal(singular(entity))}Type`),
			fields: () => {
				const out = {};
				for (const [name, f] of fieldsOf(entity)) {
					if (f.leaf) {
						out[name] = {
							type: f.leaf,
							resolve: (record, _a, ctx) => {
								const v = ctx.tenant.valueOf(entity, record, name);
								if (v === undefined || v === null) return null;
								if (f.leaf === GraphQLInt && typeof v === 'number' && !Number.isInteger(v)) return Math.round(v);
								return v;
							},
						};
					} else {
						const t = objectType(f.entity);
						out[name] = {
							type: f.list ? new GraphQLList(t) : t,
							resolve: (record, _a, ctx) => {
								const inline = record[name];
								if (inline && typeof inline === 'object') return inline;
								const related = ctx.tenant.get(f.entity, record[`${name}_id`]);
								return f.list ? (related ? [related] : []) : related || null;
							},
						};
					}
				}
				return out;
			},
		});
		objectTypes.set(entity, type);
		return type;
	};

	// Operator input types, shared by name (StringInputType, IdInputType, ...).
	const opsByType = { IdInputType: new Set(operatorTable.IdInputType || ['eq', 'in']) };
	for (const l of lists)
		for (const f of l.filters) {
			opsByType[f.inputType] = opsByType[f.inputType] || new Set(operatorTable[f.inputType] || []);
			for (const o of f.ops) opsByType[f.inputType].add(o);
		}
	const inputTypes = {};
	const operatorInput = (name) => {
		if (inputTypes[name]) return inputTypes[name];
		const kind = kindOf(name);
		const scalar = SCALAR[kind];
		const fields = {};
		for (const op of opsByType[name]) {
			if (op === 'in' || op === 'between') fields[op] = { type: new GraphQLList(new GraphQLNonNull(scalar)) };
			else if (op === 'filled') fields[op] = { type: GraphQLBoolean };
			else fields[op] = { type: kind === 'boolean' && op === 'eq' ? new GraphQLNonNull(scalar) : scalar };
		}
		usedNames.add(name);
		return (inputTypes[name] = new GraphQLInputObjectType({ name, fields }));
	};

	const pageInfo = new GraphQLObjectType({
		name: 'PageInfo',
		fields: { hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) }, hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean) }, startCursor: { type: GraphQLString }, endCursor: { type: GraphQLString } },
	});
	usedNames.add('PageInfo');

	const queryFields = {};
	for (const l of lists) {
		const entity = l.root;
		const base = pascal(singular(entity));
		const node = objectType(entity);
		const filters = [...l.filters];
		if (!filters.some((f) => f.name === 'id')) filters.push({ name: 'id', inputType: 'IdInputType' });
		const filterType = new GraphQLInputObjectType({
			name: l.filterTypeName,
			fields: () => Object.fromEntries(filters.map((f) => [f.name, { type: operatorInput(f.inputType), description: f.ops?.length ? `operators: ${f.ops.join(', ')}` : undefined }])),
		});
		const edge = new GraphQLObjectType({ name: uniqueName(`${base}Edge`), fields: { cursor: { type: new GraphQLNonNull(GraphQLString) }, node: { type: node } } });
		const connection = new GraphQLObjectType({
			name: uniqueName(`${base}Connection`),
			fields: { pageInfo: { type: new GraphQLNonNull(pageInfo) }, edges: { type: new GraphQLList(edge) }, nodes: { type: new GraphQLList(node) } },
		});
		// Filter fields also work as plain equality arguments, as in the spec's intro example
		// `accounts { all(code: $code) { ... } }`.
		const args = { filter: { type: filterType }, first: { type: GraphQLInt }, after: { type: GraphQLString }, last: { type: GraphQLInt }, before: { type: GraphQLString } };
		for (const f of filters) if (!args[f.name]) args[f.name] = { type: SCALAR[kindOf(f.inputType)] };
		const kinds = Object.fromEntries(filters.map((f) => [f.name, kindOf(f.inputType)]));
		const holder = new GraphQLObjectType({
			name: uniqueName(`${base}Query`),
			fields: {
				all: {
					type: connection,
					args,
					resolve: (_src, a, ctx) => {
						const conditions = Object.entries(a.filter || {}).filter(([, ops]) => ops);
						for (const f of filters) if (a[f.name] != null) conditions.push([f.name, { eq: a[f.name] }]);
						const nowMs = ctx.now();
						const rows = ctx.tenant.list(entity).filter((r) =>
							conditions.every(([field, ops]) => {
								const value = ctx.tenant.valueOf(entity, r, field);
								return Object.entries(ops).every(([op, operand]) => operand == null || test(op, kinds[field], value, operand, nowMs));
							}),
						);
						return paginate(rows, a);
					},
				},
			},
		});
		queryFields[entity] = { type: holder, resolve: () => ({}) };
	}
	const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: queryFields }) });
	return { schema, roots: Object.keys(queryFields) };
}

function createGraphqlHandler({ spec, attributes, entityFor, admin }) {
	const { schema, roots } = buildSchema(spec, attributes, entityFor);
	async function handle(req, res) {
		admin.count('graphqlRequests');
		const body = req.body || {};
		// Errors are answered the GraphQL way: HTTP 200 with {"errors": [{"message": ...}]}.
		if (typeof body.query !== 'string' || !body.query.trim()) return res.json({ errors: [{ message: 'No query string was present' }] });
		let variables = body.variables;
		if (typeof variables === 'string') {
			try {
				variables = variables.trim() ? JSON.parse(variables) : {};
			} catch {
				return res.json({ errors: [{ message: 'Variables are invalid JSON' }] });
			}
		}
		const result = await graphql({
			schema,
			source: body.query,
			variableValues: variables || {},
			operationName: body.operationName || undefined,
			contextValue: { tenant: req.clarus.tenant, now: admin.now },
		});
		res.json(result);
	}
	return { handle, schema, roots };
}

module.exports = { createGraphqlHandler, parseListDocs, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };
