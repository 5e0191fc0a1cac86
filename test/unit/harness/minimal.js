// @ts-check
'use strict';
/**
 * The least a user fills in for an operation, derived from the node's built description: every
 * required parameter the editor shows gets a plain value of its type (a record picker "By ID",
 * the first option, a number, a date, the text "1"), nothing else. Used by the resource-table
 * test to execute every resource/operation once.
 */
const { displayedProperties } = require('./description');

/** @typedef {import('n8n-workflow').INodeProperties} INodeProperties */
/** @typedef {import('n8n-workflow').INodeParameters} INodeParameters */
/** @typedef {import('n8n-workflow').NodeParameterValueType} NodeParameterValueType */

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
 * Parameters for `resource`/`operation` with every shown required parameter filled in, plus
 * `extra` (values an operation needs beyond its required parameters).
 * @param {string} nodeName
 * @param {string} resource
 * @param {string} operation
 * @param {number} version
 * @param {INodeParameters} [extra]
 * @returns {INodeParameters}
 */
function minimalParameters(nodeName, resource, operation, version, extra = {}) {
	/** @type {INodeParameters} */
	const values = { resource, operation, ...extra };
	// Filling one parameter may show another (e.g. a source selector): repeat until stable.
	for (let pass = 0; pass < 4; pass++) {
		let added = false;
		for (const p of displayedProperties(nodeName, values, version)) {
			if (!p.required || p.name in values || p.type === 'notice') continue;
			values[p.name] = minimalValue(p);
			added = true;
		}
		if (!added) break;
	}
	return values;
}

module.exports = { minimalParameters };
