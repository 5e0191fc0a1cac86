// Copies the node and credential icons (SVG/PNG) next to the compiled files in dist/,
// where n8n resolves `file:` icon paths.
const path = require('path');
const { task, src, dest } = require('gulp');

task('build:icons', () =>
	src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(
		dest(path.resolve('dist')),
	),
);
