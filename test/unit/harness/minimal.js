// @ts-check
'use strict';
/**
 * The least a user fills in for an operation, derived from the node's built description: every
 * required parameter the editor shows gets a plain value of its type (a record picker "By ID",
 * the first option, a number, a date, the text "1"), nothing else. Used by the resource-table
 * test to execute every resource/operation once.
 */
const { displayedProperties } = require('./description');
const { createWorld, loadNode, loadOptionsContext } = require('./context');

/** @typedef {import('n8n-workflow').INodeProperties} INodeProperties */
/** @typedef {import('n8n-workflow').INodeParameters} INodeParameters */
/** @typedef {import('n8n-workflow').NodeParameterValueType} NodeParameterValueType */
/** @typedef {import('n8n-workflow').ResourceMapperField} ResourceMapperField */

/**
 * @param {INodeProperties} p
 * @returns {NodeParameterValueType}
 */
function minimalValue(p) {
	switch (p.type) {
		case 'resourceLocator': {
			const mode = (p.modes ?? []).find((m) => m.name === 'id') ?? (p.modes ?? []).find((m) => m.type !== 'list');
			if (!mode) throw new Error(`harness: ${p.name} has no typed mode`);
			return { __rl: true, mode: mode.name, value: '1' };
		}
		case 'number':
			return typeof p.default === 'number' && p.default > 0 ? p.default : 1;
		case 'boolean':
			return typeof p.default === 'boolean' ? p.default : true;
		case 'options':
			return /** @type {NodeParameterValueType} */ (p.default !== '' && p.default !== undefined ? p.default : (p.options?.[0] && 'value' in p.options[0] ? p.options[0].value : ''));
		case 'dateTime':
			return '2026-01-15T00:00:00.000Z';
		case 'json':
			return /** @type {NodeParameterValueType} */ (p.default);
		case 'string':
			return typeof p.default === 'string' && p.default !== '' ? p.default : '1';
		default:
			return /** @type {NodeParameterValueType} */ (p.default);
	}
}

/**
 * A resource mapper filled as the editor does after loading its fields: "Map Each Column Below",
 * the given field values (by default every required field with a plain value of its type), the
 * loaded fields as its schema.
 * @param {string} nodeName
 * @param {number} version
 * @param {INodeParameters} values the parameters so far (resource, operation, ...)
 * @param {INodeProperties} p
 * @param {Record<string, unknown>} [given] the mapped values, instead of minimal ones
 * @returns {Promise<NodeParameterValueType>}
 */
async function minimalMapper(nodeName, version, values, p, given) {
	const method = p.typeOptions?.resourceMapper?.resourceMapperMethod;
	const mapping = loadNode(nodeName, version).methods?.resourceMapping;
	if (!method || typeof mapping?.[method] !== 'function') throw new Error(`harness: ${p.name} has no resource mapping method`);
	const ctx = loadOptionsContext(createWorld({ node: nodeName, version, parameters: values }));
	const { fields } = await mapping[method].call(/** @type {any} */ (ctx));
	/** @type {Record<string, unknown>} */
	const value = { ...(given ?? {}) };
	for (const field of given ? [] : fields.filter((f) => f.required && f.display !== false)) {
		const asProperty = /** @type {INodeProperties} */ ({
			name: field.id,
			displayName: field.displayName,
			type: field.type === 'dateTime' ? 'dateTime' : field.type === 'options' ? 'options' : field.type === 'number' ? 'number' : field.type === 'boolean' ? 'boolean' : 'string',
			default: '',
			options: field.options,
		});
		value[field.id] = field.type === 'object' ? {} : field.type === 'array' ? [] : minimalValue(asProperty);
	}
	return /** @type {NodeParameterValueType} */ (
		/** @type {unknown} */ ({ mappingMode: 'defineBelow', value, matchingColumns: [], schema: fields, attemptToConvertTypes: false, convertFieldsToString: false })
	);
}

/**
 * Parameters for `resource`/`operation` with every shown required parameter filled in, plus
 * `extra` (values an operation needs beyond its required parameters). A resource mapper gets its
 * required fields (its fields are loaded from the node's resourceMapping method, as the editor does).
 * @param {string} nodeName
 * @param {string} resource
 * @param {string} operation
 * @param {number} version
 * @param {INodeParameters} [extra]
 * @returns {Promise<INodeParameters>}
 */
async function minimalParameters(nodeName, resource, operation, version, extra = {}) {
	/** @type {INodeParameters} */
	const values = { resource, operation, ...extra };
	// Filling one parameter may show another (e.g. a source selector): repeat until stable.
	for (let pass = 0; pass < 4; pass++) {
		let added = false;
		for (const p of displayedProperties(nodeName, values, version)) {
			if (p.name in values || p.type === 'notice') continue;
			if (p.type === 'resourceMapper') values[p.name] = await minimalMapper(nodeName, version, values, p);
			else if (p.required) values[p.name] = minimalValue(p);
			else continue;
			added = true;
		}
		if (!added) break;
	}
	return values;
}

/**
 * The value of the resource mapper shown as `displayName` for these parameters, mapping `given`.
 * @param {string} nodeName
 * @param {number} version
 * @param {INodeParameters} values
 * @param {string} displayName
 * @param {Record<string, unknown>} given
 */
async function mapperValue(nodeName, version, values, displayName, given) {
	const p = displayedProperties(nodeName, values, version).find((q) => q.displayName === displayName && q.type === 'resourceMapper');
	if (!p) throw new Error(`harness: no resource mapper "${displayName}" shown for ${JSON.stringify(values)}`);
	return { name: p.name, value: await minimalMapper(nodeName, version, values, p, given) };
}

module.exports = { mapperValue, minimalParameters, minimalValue };
