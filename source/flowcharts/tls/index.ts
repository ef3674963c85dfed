import {reproductionEvidence} from '../../diagnose/conclude.js';
import type {AfterContext} from '../../diagnose/investigation.js';
import {tlsFixes} from '../../fixes/fix-tls.js';
import {reproductionErrorText} from '../../go/reproduce-download.js';
import {parseGosumdb} from '../../go/sumdb-config.js';
import {say, type Text} from '../../i18n/index.js';
import type {Fix} from '../../model/report.js';
import {checkHost, hostPort} from '../../probes/probe-support.js';
import type {ChainJudgement} from '../../probes/probe-tls.js';
import {isPublicGoHost, isPublicName} from '../../probes/tls-interception.js';
import {defineFlowchart} from '../define-flowchart.js';
import {probeInput} from '../probe-run.js';
import {tlsGraph, type TlsSubject} from './graph.js';
import {tlsChainProbe} from './probe-tls-chain.js';
import {en} from './text.en.js';
import {zh} from './text.zh.js';

/** Go's TLS errors, as go 1.18–1.26 word them (crypto/x509, crypto/tls, net/http), and git's. */
export const goTlsErrorPattern =
	/x509: |tls: failed to verify certificate|certificate has expired|certificate is valid for|tls: handshake failure|remote error: tls:|first record does not look like a tls handshake|server certificate verification failed|ssl certificate problem/i;

/** The most hosts one diagnosis checks (a log can name many). */
const maxSubjects = 6;

/**
§2.3's TLS row after the reproduction: each https GOPROXY entry whose connectivity walk ended at the TLS handshake,
and each https host go's own error blames with a TLS error (a GOPROXY entry, the checksum database, a direct fetch),
gets its certificate chain read and judged the way go judges it; the fixes trust the issuing CA (SSL_CERT_FILE, the
system store), or, for one private host that go fetches directly, GOINSECURE.
*/
export const tlsFlowchart = defineFlowchart<TlsSubject>()({
	id: 'tls',
	graph: tlsGraph,
	phase: 'after',
	subjects(context) {
		return tlsSubjects(context);
	},
	checks: {
		'tls-chain': async (subject, run) => tlsChainProbe.run({...probeInput(run), host: subject.host, port: subject.port}),
	},
	findings(walk, {context, evidence, dataOf}) {
		if (walk.verdict === 'healthy') {
			return [];
		}

		const text = say.tls;
		const {subject} = walk;
		const judgement = dataOf(tlsChainProbe);
		const {reproduction} = context;
		const goFailedHere =
			reproduction !== undefined &&
			!reproduction.ok &&
			tlsErrorHosts(reproductionErrorText(reproduction)).some((host) => sameHost(host, subject));
		const notes: Text[] = [];
		if (judgement !== undefined) {
			notes.push(text.issuedBy(judgement.authority, judgement.chain.map((certificate) => certificate.subject).join(' ← ')));
			if (judgement.interception !== undefined && judgement.interception !== 'public-name') {
				notes.push(text.interceptionProduct(judgement.interception));
			}
		}

		if (subject.role !== 'direct' && (walk.current === 'unknownCa' || walk.current === 'selfSigned')) {
			notes.push(text.noInsecureForProxy);
		}

		const fixes: Fix[] = [
			...tlsFixes(walk.offers, {host: subject.host, judgement, env: context.env, goinsecure: context.snapshot.values['GOINSECURE'] ?? ''}),
			...adviceFixes(walk.current, subject, judgement),
		];
		return [
			{
				category: walk.verdict,
				severity: goFailedHere || subject.role === 'goproxy' ? 'error' : 'warning',
				subject: subject.label,
				summary: say.common.sentences([walk.summary, ...notes]),
				evidence: [...evidence, ...(goFailedHere && reproduction !== undefined ? [reproductionEvidence(reproduction)] : [])],
				fixes,
			},
		];
	},
	text: {en, zh},
});

/** The hosts to check: see `tlsFlowchart`. Never throws. */
export function tlsSubjects(context: AfterContext): TlsSubject[] {
	const {reproduction} = context;
	const errorText = reproduction !== undefined && !reproduction.ok ? reproductionErrorText(reproduction) : '';
	const blamed = tlsErrorHosts(errorText);
	const subjects: TlsSubject[] = [];
	const add = (subject: TlsSubject | undefined) => {
		if (subject !== undefined && subjects.length < maxSubjects && !subjects.some((known) => known.where === subject.where)) {
			subjects.push(subject);
		}
	};

	for (const result of context.connectivity ?? []) {
		if (result.role !== 'goproxy') {
			continue;
		}

		const subject = subjectFor(result.url, result.label, 'goproxy', result.entryIndex);
		if (subject !== undefined && (result.verdict === 'tls' || blamed.some((host) => sameHost(host, subject)))) {
			add(subject);
		}
	}

	if (blamed.length === 0) {
		return subjects;
	}

	const sumdb = parseGosumdb(context.snapshot.values['GOSUMDB'] ?? '');
	if (sumdb.kind === 'on') {
		const subject = subjectFor(sumdb.base, `GOSUMDB ${sumdb.base}`, 'sumdb');
		if (subject !== undefined && blamed.some((host) => sameHost(host, subject))) {
			add(subject);
		}
	}

	for (const url of tlsErrorUrls(errorText)) {
		const subject = subjectFor(url, url, 'direct');
		if (subject !== undefined && !subjects.some((known) => known.where === subject.where)) {
			add(subject);
		}
	}

	return subjects;
}

function subjectFor(url: string, label: string, role: TlsSubject['role'], entryIndex?: number): TlsSubject | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}

	if (parsed.protocol !== 'https:') {
		return undefined;
	}

	const host = parsed.hostname.replaceAll(/^\[|]$/g, '');
	if (checkHost(host) !== undefined) {
		return undefined;
	}

	const port = parsed.port === '' ? 443 : Number(parsed.port);
	const origin = `${parsed.protocol}//${parsed.host}`;
	const insecureAllowed = role === 'direct' && parsed.port === '' && !isPublicGoHost(host) && !isPublicName(host) ? 'yes' : 'no';
	return {
		label: role === 'direct' ? origin : label,
		url: role === 'direct' ? origin : url,
		host,
		port,
		where: hostPort(host, port),
		role,
		...(entryIndex === undefined ? {} : {entryIndex}),
		insecureAllowed,
	};
}

/** `host` or `host:port` as go's error names it, against a subject. */
function sameHost(named: string, subject: TlsSubject): boolean {
	const bare = named.replaceAll(/^\[|](?=:|$)/g, '');
	return bare === subject.host || named === subject.where || (subject.port === 443 && named === `${subject.host}:443`);
}

/** The https URLs of the lines of go's error that are TLS errors. */
export function tlsErrorUrls(errorText: string): string[] {
	const urls: string[] = [];
	for (const line of errorText.split('\n').filter((item) => goTlsErrorPattern.test(item))) {
		for (const match of line.matchAll(
			/(?:Get|Head) "(https:\/\/[^"\s]+)"|'(https:\/\/[^'\s]+)'|(?:reading|fetching) (https:\/\/\S+?):? |(?:Get|Head) (https:\/\/[^\s"]+?):? /g,
		)) {
			// Quoted (go 1.14+), git's quotes, cmd/go's "reading URL", and the unquoted URLs of older go.
			const url = match[1] ?? match[2] ?? match[3] ?? match[4];
			if (url !== undefined && !urls.includes(url)) {
				urls.push(url);
			}
		}
	}

	return urls;
}

/** The hosts (`host` or `host:port`, as URLs write them) of go's TLS error lines. */
export function tlsErrorHosts(errorText: string): string[] {
	return [
		...new Set(
			tlsErrorUrls(errorText).flatMap((url) => {
				try {
					return [new URL(url).host];
				} catch {
					return [];
				}
			}),
		),
	];
}

/** Advice for the paths that no setting fixes: an expired certificate, a certificate for another name. */
function adviceFixes(end: string, subject: TlsSubject, judgement: ChainJudgement | undefined): Fix[] {
	const text = say.tls;
	const leaf = judgement?.chain[0];
	if (end === 'expired') {
		return [
			{
				id: 'tls-expired',
				title: text.expired.title,
				detail: text.expired.detail(subject.where, leaf?.notAfter ?? '?'),
				kind: 'info',
				scope: 'session',
				weakensSecurity: false,
			},
		];
	}

	if (end === 'nameMismatch') {
		return [
			{
				id: 'tls-name-mismatch',
				title: text.nameMismatch.title,
				detail: text.nameMismatch.detail(subject.host, leaf?.names.join(', ') || (leaf?.subject ?? '?')),
				kind: 'info',
				scope: 'session',
				weakensSecurity: false,
			},
		];
	}

	return [];
}
