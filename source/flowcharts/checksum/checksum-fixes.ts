import type {AfterContext} from '../../diagnose/investigation.js';
import {goproxyFixes, type ProxyHealth} from '../../fixes/fix-goproxy-order.js';
import {parseGoproxyList} from '../../go/parse-goproxy-list.js';
import {formatArgv} from '../../model/format.js';
import type {Fix} from '../../model/report.js';
import type {Message, Text} from '../../i18n/message.js';
import type {ChecksumSubject} from './graph.js';
import type {ChecksumJudgement} from './probe-checksum-sides.js';

/** What the go.sum repair says: the module's messages, said in the reader's language where shown. */
export type FixGoSumText = {
	readonly fixGoSumTitle: (module: Text, version: Text) => Message;
	readonly fixGoSumDetail: (lines: Text, database: Text) => Message;
};

/** §4.2's repair, only when go.sum is the wrong side: its lines of the version removed, then downloaded and verified again. */
export function fixGoSumFix(subject: ChecksumSubject, lines: readonly string[], database: string, text: FixGoSumText): Fix {
	return {
		id: 'checksum-fix-go-sum',
		title: text.fixGoSumTitle(subject.module, subject.version),
		detail: text.fixGoSumDetail(lines.map((line) => `"${line}"`).join(', ') || '(none)', database),
		kind: 'command',
		argv: ['go', 'mod', 'download', `${subject.module}@${subject.version}`],
		goSumRemove: lines,
		// Every step as it runs: the exact lines out of go.sum (whole-line, fixed-string matches; grep's status 1 only
		// says no line was left), then the download.
		byHand: [
			...(lines.length === 0
				? []
				: [
						`(${formatArgv(['grep', '-vxF', ...lines.flatMap((line) => ['-e', line]), 'go.sum'])} || [ $? -eq 1 ]) > go.sum.new && mv go.sum.new go.sum`,
					]),
			formatArgv(['go', 'mod', 'download', `${subject.module}@${subject.version}`]),
		],
		scope: 'persistent',
		weakensSecurity: false,
	};
}

/** The GOPROXY fix with only the entries whose content was checked and found right counted as working. */
export function useVerifiedProxy(context: AfterContext, judged: ChecksumJudgement): Fix[] {
	if (judged.altered.length === 0) {
		return [];
	}

	const {entries} = parseGoproxyList(context.snapshot.values['GOPROXY'] ?? '');
	const health: ProxyHealth[] = [...judged.agreeing, ...judged.altered].map((source) => {
		const measuredList = context.connectivity?.find((result) => result.url === source.url)?.listMs;
		return {
			url: source.url,
			raw: source.label,
			verdict: judged.agreeing.includes(source) ? 'healthy' : 'checksum-mismatch',
			role: entries.some((entry) => entry.kind === 'url' && entry.url === source.url) ? 'goproxy' : 'candidate',
			...(measuredList === undefined ? {} : {listMs: measuredList}),
			correct: judged.agreeing.includes(source),
		};
	});
	const shadowed = context.snapshot.settings.find((setting) => setting.name === 'GOPROXY')?.source === 'environment';
	return goproxyFixes(entries, health, {shadowedByEnvironment: shadowed}).filter((fix) => fix.id === 'goproxy-use-working');
}
