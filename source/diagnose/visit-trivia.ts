import type {Visit} from '../flow/walk.js';

/**
Steps that tell the user nothing the report does not already say: a host that is an IP address needs no
lookup, the URL's scheme already says whether it is TLS, and "no HTTP(S) proxy" is the usual case (a proxy in
the way is shown). Left out of what people read; the transcript's JSON and mermaid keep every step.
*/
export function isTrivialVisit(visit: Visit): boolean {
	return visit.branch === 'ip-literal' || (visit.kind === 'decide' && ['direct', 'plain', 'https'].includes(visit.branch));
}
