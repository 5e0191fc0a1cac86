#!/usr/bin/env node
'use strict';
// What saved ItemPath workflows depend on in the built node description (dist/): for each node
// version, resource and operation, every parameter the editor shows there (nested collection and
// fixed-collection fields too) with its type and default, and every option value. n8n saves only
// parameters that differ from their default, by name, so a renamed parameter, option value or a
// changed default changes what a saved workflow does. A key looks like
//   v1 material.create additionalFields.description:string=""
//   v2 order.create directionType=>5
// Usage: node scripts/itempath-parameter-keys.js [> test/unit/fixtures/itempath-parameter-keys.json]
// (run `npm run build` first). test/unit/itempath-table.test.js checks that every key of the
// committed fixture (taken from the node before the resource table) is still produced.
const path = require('path');

const root = path.join(__dirname, '..');

/** Whether `property` is shown for this version, resource and operation; other conditions (Return All, Order Lines Input…) count as satisfiable. */
function visible(property, version, resource, operation) {
	const show = property.displayOptions?.show ?? {};
	for (const [key, values] of Object.entries(show)) {
		if (key === '@version') {
			const ok = values.some((v) => (typeof v === 'object' && v?._cnd ? (v._cnd.gte === undefined || version >= v._cnd.gte) && (v._cnd.lte === undefined || version <= v._cnd.lte) : v === version));
			if (!ok) return false;
		} else if (key === 'resource' || key === '/resource') {
			if (!values.includes(resource)) return false;
		} else if (key === 'operation' || key === '/operation') {
			if (operation !== undefined && !values.includes(operation)) return false;
		}
	}
	return true;
}

function* propertyKeys(prefix, property, at = '') {
	const where = `${at}${property.name}`;
	yield `${prefix} ${where}:${property.type}=${JSON.stringify(property.default ?? null)}`;
	if (property.type === 'resourceLocator') {
		for (const mode of property.modes ?? []) yield `${prefix} ${where}#${mode.name}`;
	}
	for (const option of property.options ?? []) {
		if (option && typeof option === 'object' && 'type' in option && 'displayName' in option) {
			yield* propertyKeys(prefix, option, `${where}.`);
		} else if (option && Array.isArray(option.values)) {
			for (const value of option.values) yield* propertyKeys(prefix, value, `${where}.${option.name}.`);
		} else if (option && 'value' in option) {
			yield `${prefix} ${where}=>${JSON.stringify(option.value)}`;
		}
	}
}

/** The sorted, unique keys of an ItemPath node description. */
function parameterKeys(description) {
	const versions = [].concat(description.version);
	const keys = new Set();
	const resourceProperty = description.properties.find((p) => p.name === 'resource');
	for (const version of versions) {
		for (const { value: resource } of resourceProperty.options) {
			const operations = description.properties
				.filter((p) => p.name === 'operation' && visible(p, version, resource))
				.flatMap((p) => p.options.map((o) => o.value));
			for (const operation of operations) {
				for (const property of description.properties) {
					if (!visible(property, version, resource, operation)) continue;
					for (const key of propertyKeys(`v${version} ${resource}.${operation}`, property)) keys.add(key);
				}
			}
		}
	}
	return [...keys].sort();
}

function builtDescription() {
	const { ItemPath } = require(path.join(root, 'dist', 'nodes', 'ItemPath', 'ItemPath.node.js'));
	return new ItemPath().description;
}

if (require.main === module) {
	process.stdout.write(`${JSON.stringify(parameterKeys(builtDescription()), null, '\t')}\n`);
}

module.exports = { parameterKeys, builtDescription, visible };
