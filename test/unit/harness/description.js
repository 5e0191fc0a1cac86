// @ts-check
'use strict';
/**
 * Reading a node's built description the way the editor does, so tests address parameters by
 * what the user sees (display names, options), not by internal names another helper may change.
 */
const { NodeHelpers } = require('n8n-workflow');
const { defaultNodeVersion, loadNode } = require('./context');

/** @typedef {import('n8n-workflow').INodeProperties} INodeProperties */
/** @typedef {import('n8n-workflow').INodeParameters} INodeParameters */
/** @typedef {import('n8n-workflow').INodePropertyOptions} INodePropertyOptions */
/** @typedef {import('n8n-workflow').INodeTypeDescription} INodeTypeDescription */

/**
 * The top-level parameters the editor shows for these values (with defaults filled in).
 * @param {string} nodeName
 * @param {INodeParameters} values
 * @param {number} [version]
 * @returns {INodeProperties[]}
 */
function displayedProperties(nodeName, values, version) {
	const typeVersion = version ?? defaultNodeVersion(nodeName);
	const { description } = loadNode(nodeName, typeVersion);
	const node = { typeVersion };
	// A parameter shown only for other resources is never shown: leave those out first (the Clarus
	// node has thousands), which gives the same answer faster.
	const resource = values.resource;
	const candidates = description.properties.filter((p) => {
		const shown = p.displayOptions?.show?.resource;
		return resource === undefined || !Array.isArray(shown) || shown.includes(/** @type {string} */ (resource));
	});
	const resolved = NodeHelpers.getNodeParameters(candidates, values, true, false, node, description) ?? {};
	return candidates.filter((p) => NodeHelpers.displayParameter(resolved, p, node, description));
}

/**
 * The parameter the editor shows as `displayName` for these values; fails when there is none or
 * more than one.
 * @param {string} nodeName
 * @param {INodeParameters} values
 * @param {string} displayName
 * @param {number} [version]
 */
function parameter(nodeName, values, displayName, version) {
	const found = displayedProperties(nodeName, values, version).filter((p) => p.displayName === displayName);
	if (found.length !== 1) {
		throw new Error(`harness: ${found.length} parameters "${displayName}" shown for ${JSON.stringify(values)} in ${nodeName}`);
	}
	return found[0];
}

/**
 * Every resource and operation the node offers: [{ resource, operation }] (per version).
 * @param {string} nodeName
 * @param {number} [version]
 */
function resourceOperations(nodeName, version) {
	const v = version ?? defaultNodeVersion(nodeName);
	const { description } = loadNode(nodeName, v);
	const resourceProp = description.properties.find((p) => p.name === 'resource');
	if (!resourceProp) throw new Error(`harness: ${nodeName} has no Resource parameter`);
	/** @type {Array<{ resource: string, operation: string }>} */
	const pairs = [];
	for (const r of /** @type {INodePropertyOptions[]} */ (resourceProp.options ?? [])) {
		const resource = String(r.value);
		const operationProps = displayedProperties(nodeName, { resource }, v).filter((p) => p.name === 'operation');
		for (const op of operationProps.flatMap((p) => /** @type {INodePropertyOptions[]} */ (p.options ?? []))) {
			pairs.push({ resource, operation: String(op.value) });
		}
	}
	return pairs;
}

module.exports = { displayedProperties, parameter, resourceOperations };
