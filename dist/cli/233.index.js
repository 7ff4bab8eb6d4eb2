export const id = 233;
export const ids = [233];
export const modules = {

/***/ 15233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decide: () => (/* binding */ decide)
/* harmony export */ });
const RULE_BY_KIND = {
    workflow: 'workflow-failed',
    'check-run': 'check-failed',
    status: 'status-failed',
    report: 'step-failed'
};
const KIND_LABEL = {
    workflow: 'Workflow',
    'check-run': 'Check',
    status: 'Commit status',
    report: 'Earlier release-kit step'
};
function describeCheck(item) {
    const extra = item.detail ? ` (${item.detail})` : '';
    return `${KIND_LABEL[item.kind]} ${item.name}` + extra;
}
/** Applies the decision rules to gathered evidence. */
function decide(evidence) {
    const abort = [];
    const hotfix = [];
    const conditional = [];
    const waived = [];
    const late = evidence.timeoutDecision === 'ABORT' ? abort : conditional;
    for (const item of evidence.checks) {
        if (!item.required || item.state === 'success')
            continue;
        if (item.waiver) {
            waived.push({
                rule: 'waived',
                detail: `${describeCheck(item)} is ${item.state}, waived until ${item.waiver.until} by ${item.waiver.login}: ${item.waiver.reason}`,
                url: item.url
            });
            continue;
        }
        if (item.state === 'failure') {
            abort.push({
                rule: RULE_BY_KIND[item.kind],
                detail: `${describeCheck(item)} concluded ${item.conclusion ?? 'failure'}`,
                url: item.url
            });
        }
        else {
            const what = item.state === 'missing'
                ? 'has no run for the release commit'
                : `was still ${item.conclusion ?? 'pending'}`;
            late.push({
                rule: 'unfinished-at-deadline',
                detail: `${describeCheck(item)} ${what} at the deadline`,
                url: item.url
            });
        }
    }
    const assets = evidence.assets;
    if (assets.checked) {
        if (assets.error)
            abort.push({
                rule: 'asset-missing',
                detail: `The expected assets could not be verified: ${assets.error}`,
                url: assets.url
            });
        for (const name of assets.missing)
            abort.push({ rule: 'asset-missing', detail: `Expected asset ${name} is missing`, url: assets.url });
        for (const m of assets.mismatched)
            abort.push({
                rule: 'asset-mismatched',
                detail: `Asset ${m.name} does not match: ${m.detail}`,
                url: assets.url
            });
    }
    for (const issue of evidence.issues) {
        const label = `${issue.priority} #${issue.number} ${issue.title}`;
        if (issue.waiver) {
            waived.push({
                rule: 'waived',
                detail: `${label} waived until ${issue.waiver.until} by ${issue.waiver.login}: ${issue.waiver.reason}`,
                url: issue.url
            });
            continue;
        }
        if (issue.priority === 'P0') {
            if (issue.fixes.length === 0)
                abort.push({
                    rule: 'p0-open',
                    detail: `${label} is open with no linked open pull request`,
                    url: issue.url
                });
            else
                hotfix.push({
                    rule: 'p0-fix-in-flight',
                    detail: `${label} is open; fix in flight: ${issue.fixes.map((p) => `#${p.number}`).join(', ')}`,
                    url: issue.fixes[0].html_url
                });
        }
        else {
            conditional.push({ rule: 'p1-open', detail: `${label} is open`, url: issue.url });
        }
    }
    const approval = evidence.approval;
    if (approval.mode === 'comment') {
        const evaluation = approval.evaluation;
        for (const r of evaluation?.rejections ?? []) {
            abort.push({
                rule: 'qe-rejected',
                detail: `${r.login} rejected the release: ${r.reason ?? '(no reason given)'}`,
                url: r.url
            });
        }
        if (!evaluation || evaluation.signOffs.length === 0) {
            const ignored = evaluation?.ignored.length
                ? ` (${evaluation.ignored.length} ignored, see the approvals table)`
                : '';
            conditional.push({
                rule: 'approval-missing',
                detail: `No valid /qe sign-off on #${approval.issue}${ignored}`,
                url: approval.issueUrl
            });
        }
    }
    const decision = abort.length
        ? 'ABORT'
        : hotfix.length
            ? 'HOTFIX'
            : conditional.length
                ? 'CONDITIONAL'
                : 'SHIP IT';
    const reasons = [...abort, ...hotfix, ...conditional];
    if (decision === 'SHIP IT') {
        const required = evidence.checks.filter((c) => c.required).length;
        const signedBy = approval.evaluation?.signOffs.map((s) => s.login) ?? [];
        const parts = [`${required} required workflow/check/status/report item(s) green`, 'no open P0 or P1'];
        if (assets.checked)
            parts.push(`${assets.verified} expected asset(s) verified`);
        if (approval.mode === 'comment')
            parts.push(`signed off by ${signedBy.join(', ')}`);
        reasons.push({ rule: 'ship-it', detail: parts.join('; ') });
    }
    return { decision, reasons: [...reasons, ...waived] };
}


/***/ })

};
