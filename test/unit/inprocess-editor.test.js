'use strict';
// The editor's side of the nodes, in-process with the ILoadOptionsFunctions stand-in
// (test/unit/harness): every list search and option list the descriptions name exists and
// answers through the node's credential, on the vendor's host; ItemPath's search goes on the wire
// as ItemPath's filter syntax, one page at a time. Needs `npm run build`.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { createWorld, loadNode, loadOptionsContext } = require('./harness/context');
const { CREDENTIALS, on } = require('./harness/fixtures');

const NODES = {
	ItemPath: { credentials: { itemPathApi: CREDENTIALS.itemPathApi }, origin: 'https://acme.itempath.com' },
	ClarusWms: { credentials: { clarusWmsOAuth2Api: CREDENTIALS.clarusWmsOAuth2Api }, origin: 'https://clarus-api.com' },
};

/** Every searchListMethod / loadOptionsMethod named anywhere in a description. */
function referencedMethods(properties) {
	const search = new Set();
	const load = new Set();
	const walk = (value) => {
		if (Array.isArray(value)) return value.forEach(walk);
		if (!value || typeof value !== 'object') return;
		if (typeof value.searchListMethod === 'string') search.add(value.searchListMethod);
		if (typeof value.loadOptionsMethod === 'string') load.add(value.loadOptionsMethod);
		Object.values(value).forEach(walk);
	};
	walk(properties);
	return { search: [...search].sort(), load: [...load].sort() };
}

/** Empty pages for any list the pickers read. */
function emptyLists(req) {
	if (req.path === '/graphql') {
		const m = /\{\s*(\w+)\s*\{\s*(\w+)\s*\(/.exec(String(req.body?.query ?? ''));
		return { body: { data: m ? { [m[1]]: { [m[2]]: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } } : {} } };
	}
	return { body: { [req.path.split('/').pop()]: [] } };
}

describe('editor methods named by the descriptions exist and answer', () => {
	for (const [nodeName, { credentials, origin }] of Object.entries(NODES)) {
		it(`${nodeName}: every list search and option list`, async () => {
			const nodeType = loadNode(nodeName);
			const { search, load } = referencedMethods(nodeType.description.properties);
			assert.ok(search.length > 0, 'the node has record pickers');
			const missing = [
				...search.filter((m) => typeof nodeType.methods?.listSearch?.[m] !== 'function').map((m) => `listSearch.${m}`),
				...load.filter((m) => typeof nodeType.methods?.loadOptions?.[m] !== 'function').map((m) => `loadOptions.${m}`),
			];
			assert.deepEqual(missing, []);
			const problems = [];
			for (const method of search) {
				const world = createWorld({ node: nodeName, parameters: {}, credentials, responders: [emptyLists] });
				try {
					const result = await nodeType.methods.listSearch[method].call(loadOptionsContext(world), 'abc');
					if (!Array.isArray(result?.results)) problems.push(`${method}: no results list`);
				} catch (error) {
					problems.push(`${method}: ${error.message}`);
				}
				if (world.requests.length !== 1) problems.push(`${method}: ${world.requests.length} requests`);
				for (const req of world.requests) if (req.origin !== origin) problems.push(`${method}: ${req.url} is not the credential's host`);
			}
			assert.deepEqual(problems, []);
		});
	}
});

describe('ItemPath record picker', () => {
	it('the search text goes to ItemPath as name=[like]%text%, 50 a page, the next page as token', async () => {
		const world = createWorld({
			node: 'ItemPath',
			parameters: {},
			credentials: NODES.ItemPath.credentials,
			responders: [
				on('GET', '/api/materials', (req) => ({
					body: { materials: Array.from({ length: 50 }, (_, i) => ({ id: Number(req.qs.page) * 50 + i + 1, name: `MAT-${i}`, description: 'd' })) },
				})),
			],
		});
		const ctx = loadOptionsContext(world);
		const search = loadNode('ItemPath').methods.listSearch.searchMaterials;
		const first = await search.call(ctx, ' MAT;1 ');
		assert.deepEqual(world.requests[0].qs, { limit: 50, page: 0, name: '[like]%MAT1%' });
		assert.equal(first.results.length, 50);
		assert.deepEqual(first.results[0], { name: 'MAT-0', value: '1', description: 'd' });
		assert.equal(first.paginationToken, '1');
		await search.call(ctx, 'MAT', first.paginationToken);
		assert.equal(world.requests[1].qs.page, 1);
	});
});

describe('Clarus filter options', () => {
	it('the filter fields and operators of a resource come from its documented list query', async () => {
		const world = createWorld({ node: 'ClarusWms', parameters: { resource: 'goods_outs', operation: 'getAll' }, credentials: NODES.ClarusWms.credentials });
		const ctx = loadOptionsContext(world);
		const { loadOptions } = loadNode('ClarusWms').methods;
		const fields = await loadOptions.getFilterFields.call(ctx);
		assert.ok(fields.some((f) => f.value === 'reference'));
		assert.ok(fields.some((f) => f.value === 'account_id'));
		const operators = (await loadOptions.getFilterOperators.call(ctx)).map((o) => o.value);
		for (const op of ['eq', 'ilike', 'in', 'between', 'gt', 'from', 'to']) assert.ok(operators.includes(op), op);
		assert.equal(world.requests.length, 0);
	});
});
