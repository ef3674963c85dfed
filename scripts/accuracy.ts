/*
`npm run accuracy`: classifies every report of test/corpus/go-errors.json and prints, per category, precision and
recall, and overall how often the primary alone and the primary or one of its alternatives was the cause the
report's thread settled on. `--misses` also lists each report whose primary was wrong.
*/
import process from 'node:process';
import {loadCorpus, measureAccuracy, renderAccuracyMarkdown} from './measure-accuracy.js';

const report = measureAccuracy(loadCorpus());
process.stdout.write(renderAccuracyMarkdown(report));
if (process.argv.includes('--misses')) {
	process.stdout.write('\nPrimary wrong:\n');
	for (const miss of report.misses) {
		process.stdout.write(
			`  ${miss.id}: settled ${miss.truth}, primary ${miss.primary ?? '(none)'}${miss.alternatives.length > 0 ? `, alternatives ${miss.alternatives.join(', ')}` : ''}${miss.misleading ? ' [misleading]' : ''}\n`,
		);
	}
}

for (const {id, reason} of report.harmful) {
	process.stdout.write(`Harmful: ${id}: ${reason}\n`);
}

for (const id of report.unclassified) {
	process.stdout.write(`Without a category: ${id}\n`);
}
