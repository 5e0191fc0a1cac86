#!/usr/bin/env node
'use strict';
// Builds the package and packs it with `npm pack` into .tmp/; prints the tarball path.
// Reused when WMS_PACKAGE_TARBALL is set (scripts/test.js builds once for all test files).
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');

function buildAndPack() {
	if (process.env.WMS_PACKAGE_TARBALL && fs.existsSync(process.env.WMS_PACKAGE_TARBALL)) {
		return process.env.WMS_PACKAGE_TARBALL;
	}
	const out = path.join(root, '.tmp', 'pack');
	fs.rmSync(out, { recursive: true, force: true });
	fs.mkdirSync(out, { recursive: true });
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: root, encoding: 'utf8' })
		.trim()
		.split('\n')
		.pop();
	return path.join(out, name);
}

module.exports = { buildAndPack, root };

if (require.main === module) console.log(buildAndPack());
