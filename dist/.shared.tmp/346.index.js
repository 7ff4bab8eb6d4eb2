export const id = 346;
export const ids = [346];
export const modules = {

/***/ 346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findOnPath: () => (/* binding */ findOnPath),
/* harmony export */   runInstall: () => (/* binding */ runInstall)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_isolated_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94398);
/**
 * The optional install step: `install-command` is trusted workflow text (the project's install script,
 * `brew install org/tap/tool`), so it runs in the runner's shell, like a `run:` step, with the step's
 * inputs and tokens removed from its environment. Then the installed program is found.
 */




const CAP = 64 * 1024;
const SECRET = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY|API_KEY/i;
const FILE_COMMANDS = new Set([
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY'
]);
/** Runs the install command with bash (pwsh on Windows), as a `run:` step would. */
async function runInstall(command, timeoutMs) {
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (!SECRET.test(k) && !FILE_COMMANDS.has(k))
            env[k] = v;
    const windows = process.platform === 'win32';
    const [shell, args] = windows
        ? ['pwsh', ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', command]]
        : ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command]];
    const started = Date.now();
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(shell, args, {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: !windows,
        windowsHide: true
    });
    let output = '';
    const add = (d) => {
        if (output.length < CAP)
            output += d.toString('utf8');
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        try {
            if (!windows && child.pid)
                process.kill(-child.pid, 'SIGKILL');
            else
                child.kill('SIGKILL');
        }
        catch {
            child.kill('SIGKILL');
        }
    }, timeoutMs);
    const closed = new Promise((resolve) => child.on('close', () => resolve()));
    const { code, error } = await new Promise((resolve) => {
        child.on('error', (e) => resolve({ code: null, error: e.message }));
        child.on('exit', (c) => resolve({ code: c }));
    });
    clearTimeout(timer);
    // A service the install started may hold the pipes open: read briefly after the exit, then stop.
    let drained;
    await Promise.race([closed, new Promise((resolve) => (drained = setTimeout(resolve, 1000)))]);
    clearTimeout(drained);
    child.stdout.destroy();
    child.stderr.destroy();
    const result = {
        exitCode: code,
        timedOut,
        durationMs: Date.now() - started,
        output: (0,_core_isolated_command_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeOutput */ .PM)(output.slice(0, CAP))
    };
    if (error)
        return { ...result, passed: false, reason: `the shell (${shell}) could not start: ${error}` };
    if (timedOut)
        return { ...result, passed: false, reason: `did not finish within ${timeoutMs / 1000}s and was killed` };
    if (code !== 0)
        return { ...result, passed: false, reason: `exits ${code}` };
    return { ...result, passed: true };
}
/** The first `name` (or `name.exe` on Windows) on PATH that is a file. */
function findOnPath(name, envPath = process.env.PATH ?? '') {
    const names = process.platform === 'win32' && !/\.exe$/i.test(name) ? [`${name}.exe`, name] : [name];
    for (const dir of envPath.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter)).filter(Boolean)) {
        for (const n of names) {
            const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, n);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(candidate) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(candidate).isFile())
                return candidate;
        }
    }
    return undefined;
}


/***/ })

};
