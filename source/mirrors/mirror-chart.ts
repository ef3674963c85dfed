import type {NotWaitedFor} from '../diagnose/conclude.js';
import type {ProxyHealth} from '../fixes/fix-goproxy-order.js';
import type {Catalog} from '../i18n/index.js';
import {displayWidth, maxDisplayWidth, padEndDisplay, padStartDisplay} from '../i18n/text-width.js';
import {formatDuration} from '../model/format.js';
import type {Symptom} from '../model/symptom.js';

/** One row of the chart: what is drawn for one measured proxy. */
export type MirrorRow = {
	readonly label: string;
	readonly role: string;
	/** `as go.sum`, `ALTERED`, or the verdict (`healthy` where the content could not be compared). */
	readonly content: string;
	/** The version list's time, when it answered. */
	readonly time: string;
	/** Columns of bar. */
	readonly bar: number;
	readonly ok: boolean;
	/** A candidate the diagnosis stopped waiting for: no time measured, only how long it was waited for. */
	readonly notWaitedFor?: true;
	/** DNS, connect, TLS and list times, one line. */
	readonly phases: string;
};

/** The chart's bar at its longest, in columns. */
export const maxBarColumns = 24;

/**
The rows of the chart, in the order given (conclude ranks them fastest correct first), then the candidates the
diagnosis stopped waiting for, in the words of `catalog` (the reader's language: the chart is drawn at the edges,
which measure its columns). Pure.
*/
export function mirrorRows(
	health: readonly ProxyHealth[],
	redact: (text: string) => string,
	catalog: Catalog,
	notWaitedFor: readonly NotWaitedFor[] = [],
): MirrorRow[] {
	const text = catalog.mirrors;
	const slowest = Math.max(1, ...health.map((item) => item.listMs ?? 0));
	const ms = (value: number | undefined) => (value === undefined ? '–' : formatDuration(value));
	const setAside = notWaitedFor.map((item): MirrorRow => ({
		label: redact(item.raw),
		role: text.roles.candidate,
		content: text.content.notWaitedFor,
		time: `> ${formatDuration(item.waitedMs)}`,
		bar: 0,
		ok: false,
		notWaitedFor: true,
		phases: text.notWaitedFor(redact(item.chosen)),
	}));
	return [
		...health.map((item) => {
			const ok = item.verdict === 'healthy';
			return {
				label: redact(item.raw),
				role: text.roles[item.role],
				// A working proxy whose content could not be compared keeps its verdict (`healthy`).
				// A broken one shows what is wrong in words (`502 Bad Gateway`), its category id only where nothing concrete was measured.
				content:
					item.correct === false
						? text.content.altered
						: ok && item.correct === true
							? text.content.correct
							: !ok && item.symptom !== undefined
								? symptomText(item.symptom, catalog)
								: item.verdict,
				time: item.listMs === undefined ? '' : formatDuration(item.listMs),
				bar: item.listMs === undefined ? 0 : Math.max(1, Math.round((item.listMs / slowest) * maxBarColumns)),
				ok,
				phases: text.phases(
					ms(item.timings?.dnsMs),
					ms(item.timings?.connectMs),
					ms(item.timings?.tlsMs),
					ms(item.timings?.listMs ?? item.listMs),
				),
			};
		}),
		...setAside,
	];
}

/** A broken proxy's symptom in a few words of `catalog`, for the content column. */
export function symptomText(symptom: Symptom, catalog: Catalog): string {
	const words = catalog.mirrors.content.symptoms;
	switch (symptom.kind) {
		case 'status': {
			return words.status(symptom.status, symptom.reason);
		}

		case 'proxy-status': {
			return words.proxyStatus(symptom.status, symptom.reason);
		}

		case 'proxy-refused': {
			return words.proxyRefused;
		}

		case 'refused': {
			return words.refused;
		}

		case 'no-such-host': {
			return words.noSuchHost;
		}

		case 'no-answer': {
			return words.noAnswer;
		}

		case 'unknown-authority': {
			return words.unknownAuthority;
		}

		case 'certificate': {
			return words.certificate;
		}

		case 'cut-short': {
			return words.cutShort;
		}

		case 'html-page': {
			return words.htmlPage;
		}

		default: {
			const unexpected: never = symptom;
			throw new Error(`unexpected symptom: ${JSON.stringify(unexpected)}`);
		}
	}
}

/**
The chart as plain lines for a terminal `width` columns wide: a mark (✓/✗), the proxy, its role, what its
content was compared to, the time, and a bar as long as the time; the phases on the line below. Columns are
measured in display columns, so Chinese labels line up too. The headers are `catalog`'s (the rows' language).
*/
export function mirrorChartLines(rows: readonly MirrorRow[], width: number, catalog: Catalog, bar = '█'): string[] {
	if (rows.length === 0) {
		return [];
	}

	const [proxyHead = '', roleHead = '', contentHead = '', timeHead = ''] = catalog.mirrors.header;
	const roleWidth = maxDisplayWidth([roleHead, ...rows.map((row) => row.role)]);
	const contentWidth = maxDisplayWidth([contentHead, ...rows.map((row) => row.content)]);
	const timeWidth = maxDisplayWidth([timeHead, ...rows.map((row) => row.time)]);
	const fixed = 2 + 2 + roleWidth + 2 + contentWidth + 2 + timeWidth + 1;
	const barColumns = Math.max(0, Math.min(maxBarColumns, width - fixed - 12));
	const labelWidth = Math.max(displayWidth(proxyHead), Math.min(maxDisplayWidth(rows.map((row) => row.label)), width - fixed - barColumns));
	const cut = (text: string) => (displayWidth(text) <= labelWidth ? text : `${[...text].slice(0, Math.max(1, labelWidth - 1)).join('')}…`);
	const line = (mark: string, label: string, role: string, content: string, time: string, drawn: string) =>
		`${mark} ${padEndDisplay(cut(label), labelWidth)}  ${padEndDisplay(role, roleWidth)}  ${padEndDisplay(content, contentWidth)}  ${padStartDisplay(time, timeWidth)} ${drawn}`.trimEnd();
	const lines = [line(' ', proxyHead, roleHead, contentHead, timeHead, '')];
	for (const row of rows) {
		const drawn = barColumns === 0 ? '' : bar.repeat(Math.max(row.bar === 0 ? 0 : 1, Math.round((row.bar / maxBarColumns) * barColumns)));
		lines.push(
			line(row.ok ? '✓' : row.notWaitedFor === true ? '…' : '✗', row.label, row.role, row.content, row.time, drawn),
			`    ${row.phases}`,
		);
	}

	return lines;
}
