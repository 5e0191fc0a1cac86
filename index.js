// n8n loads this package through the "n8n" section of package.json (dist/...); this entry
// point exists for tools that require the package directly and exposes nothing at runtime.
module.exports = {};
