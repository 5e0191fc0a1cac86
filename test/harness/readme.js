'use strict';
// The README's heading anchors, computed the way GitHub makes them (shared by the unit tests).
const fs = require('fs');
const path = require('path');

const README_PATH = path.join(__dirname, '..', '..', 'README.md');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats -1, -2. */
function readmeAnchors() {
	const seen = new Map();
	const anchors = new Set();
	let fenced = false;
	for (const line of fs.readFileSync(README_PATH, 'utf8').split('\n')) {
		if (/^```/.test(line)) fenced = !fenced;
		const m = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
		if (!m) continue;
		const base = m[1]
			.replace(/`/g, '')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}\s_-]/gu, '')
			.replace(/\s/g, '-');
		const n = seen.get(base) ?? 0;
		seen.set(base, n + 1);
		anchors.add(n ? `${base}-${n}` : base);
	}
	return anchors;
}

module.exports = { readmeAnchors, README_PATH };
