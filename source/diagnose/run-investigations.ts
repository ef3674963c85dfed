import type {Subject} from '../flow/define-flow.js';
import type {ProbeResult} from '../flow/define-probe.js';
import {walkEvidence, type Walk} from '../flow/walk.js';
import type {ExplainingFinding} from '../model/explanation.js';
import type {Finding} from '../model/report.js';
import {say} from '../i18n/index.js';
import type {ContextOf, InvestigationIn, Phase} from './investigation.js';
import {minimumProbeMs} from './run-probe.js';
import type {Emit} from './diagnosis-event.js';
import {walkFlowchart} from './walk-flowchart.js';

/** The longest one check of an investigation may take, whatever the overall deadline. */
export const checkCapMs = 8000;

/**
Walks every investigation of `phase` for each of its subjects, all at the same time, each check under its
own deadline and all of them within `budgetEndsAt` (on the system clock). Emits the same walk events as the
connectivity walks, then `check-concluded` with each walk's findings. Never throws.
*/
export async function runInvestigations<P extends Phase>(
	list: ReadonlyArray<InvestigationIn<P, any>>,
	context: ContextOf<P>,
	options: {readonly budgetEndsAt: number; readonly emit: Emit; readonly idPrefix: string},
): Promise<void> {
	const {emit} = options;
	const at = () => new Date().toISOString();
	await Promise.all(
		list.map(async (investigation) => {
			let subjects: readonly Subject[];
			try {
				subjects = (await investigation.subjects(context)) as readonly Subject[];
			} catch (error) {
				emit({
					type: 'note',
					at: at(),
					text: say.findings.flowchartFailed(
						{i18n: ['flowcharts', investigation.flow.id, 'title'], otherwise: investigation.flow.title},
						error instanceof Error ? error.message : String(error),
					),
				});
				return;
			}

			await Promise.all(
				subjects.map(async (subject, index) =>
					walkInvestigation(investigation, subject, context, {...options, walkId: `${options.idPrefix}${investigation.id}-${index}`}),
				),
			);
		}),
	);
}

async function walkInvestigation<P extends Phase, S extends Subject>(
	investigation: InvestigationIn<P, S>,
	subject: S,
	context: ContextOf<P>,
	options: {readonly budgetEndsAt: number; readonly emit: Emit; readonly walkId: string},
): Promise<void> {
	const {emit, budgetEndsAt} = options;
	const {system} = context;
	const at = () => new Date().toISOString();
	const {flow} = investigation;
	const walk = await walkFlowchart(flow, subject, {
		walkId: options.walkId,
		emit,
		announce: (started) => ({type: 'walk-started', at: at(), walk: started, role: 'check', investigation: investigation.id}),
		async check(pending, sofar): Promise<ProbeResult> {
			const timeoutMs = Math.floor(Math.max(minimumProbeMs, Math.min(checkCapMs, context.timeoutMs, budgetEndsAt - system.now())));
			const started = system.now();
			try {
				return await investigation.check(pending, subject, {
					context,
					timeoutMs,
					walk: sofar,
					...(context.signal === undefined ? {} : {signal: context.signal}),
				});
			} catch (error) {
				// A check reports failures as outcomes; one that throws has a bug, which must not end the diagnosis.
				const summary = say.findings.checkFailed(error instanceof Error ? error.message : String(error));
				return {
					evidence: {
						probe: 'check',
						tool: 'gomod-doctor',
						command: pending.probe,
						outcome: 'error',
						summary,
						durationMs: system.now() - started,
					},
				};
			}
		},
	});
	if (walk === undefined) {
		return;
	}

	let findings: readonly ExplainingFinding[];
	try {
		findings = investigation.findings === undefined ? defaultFindings(walk) : await investigation.findings(walk, context);
	} catch (error) {
		emit({
			type: 'note',
			at: at(),
			text: say.findings.flowchartFailed(
				{i18n: ['flowcharts', flow.id, 'title'], otherwise: flow.title},
				error instanceof Error ? error.message : String(error),
			),
		});
		findings = defaultFindings(walk);
	}

	const judgements = investigation.judge?.(walk) ?? [];
	emit({type: 'check-concluded', at: at(), walkId: walk.id, findings, ...(judgements.length === 0 ? {} : {judgements})});
}

/** A walk that ends in a problem is one finding: the end node's verdict and summary, the checks as evidence. */
export function defaultFindings(walk: Walk<Subject> & {readonly phase: 'done'}): Finding[] {
	if (walk.verdict === 'healthy') {
		return [];
	}

	return [
		{
			category: walk.verdict,
			severity: 'error',
			subject: walk.subject.label,
			summary: walk.summary,
			evidence: walkEvidence(walk),
			fixes: [],
		},
	];
}

export {walkEvidence} from '../flow/walk.js';
