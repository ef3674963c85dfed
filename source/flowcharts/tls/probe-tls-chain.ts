import {defineProbe, type ProbeResult} from '../../flow/define-probe.js';
import type {Evidence} from '../../model/report.js';
import {type ChainJudgement, probeTlsChain, type TlsChainOutcome} from '../../probes/probe-tls.js';
import type {ProbeRun} from '../../probes/probe-support.js';
import type {System} from '../../system/types.js';

/**
§2.3 TLS: the certificate chain the server presents, and whether the system's roots accept it. Its data: the
judgement of the chain (who issued it, the certificates), when the handshake got that far.
*/
export const tlsChainProbe = defineProbe({
	id: 'tls-chain',
	outcomes: ['trusted', 'interception', 'unknown-ca', 'self-signed', 'expired', 'name-mismatch', 'failed', 'error'],
	async run(
		input: ProbeRun & {readonly system: System; readonly host: string; readonly port: number},
	): Promise<ProbeResult<TlsChainOutcome, ChainJudgement | undefined>> {
		const checked = await probeTlsChain(input.system, input);
		return {evidence: checked.evidence as Evidence & {readonly outcome: TlsChainOutcome}, data: checked.judgement};
	},
});
