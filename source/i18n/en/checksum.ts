/**
What gomod-doctor says about turning verification off to isolate a fault (§4.3), which the checksum and
verification-off flowcharts offer and the wizard runs (the flowcharts' own sentences are in
source/flowcharts/<id>/text.*.ts). Functions take values already redacted. Commands, environment names, hashes and
go's own text stay as they are.
*/
export const checksum = {
	// §4.3: a reproduction with verification off.
	isolateTitle: (module: string, version: string) => `Reproduce ${module}@${version} once with verification off (this run only)`,
	isolateDetail: (variables: string) =>
		`Runs go mod download -json once with ${variables} set for that process only, in an empty directory outside the project (go.sum is neither read nor written) and with an empty temporary module cache. It weakens security for that one run and is never written with go env -w; it shows the real error behind the verification step.`,
	isolateWorks: (module: string, sum: string, goModSum: string) =>
		`With verification off go downloads ${module} (zip ${sum}, go.mod ${goModSum}): the download itself works; verification is what stopped go. Compare these hashes with go.sum before accepting anything.`,
	isolateFails: (error: string) =>
		`With verification off go still fails: ${error} This is the real error; verification was not what stopped go.`,
	isolateRefused: (reason: string) => `Not run: ${reason}.`,
};
