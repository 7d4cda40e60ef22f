// The project's own rules for electron-builder.yml, beside electron-builder's schema check
// (scripts/validate-builder-config.cjs runs both). Plain functions of the parsed configuration
// (and the file's text), so the tests can check each rule without starting electron-builder.
'use strict';

const path = require('node:path');
const { existsSync } = require('node:fs');

// The MSI upgrade code of every Clearway MSI ever deployed: a new one would install side by side
// instead of upgrading (electron-builder.yml, msi).
const MSI_UPGRADE_CODE = '2B0F7117-2C36-5249-A86C-065ABEF16523';

// Signing material comes from the environment only (CSC_LINK, CSC_KEY_PASSWORD, WIN_CSC_*, APPLE_*).
// These option names carry a secret or a path to one; certificateSubjectName/Sha1 (pick a
// certificate from the store) and mac.identity (a name) are not secrets and stay allowed.
const SECRET_KEY = /password|secret|token|privatekey|apikey|^csclink$|^certificatefile$|^keychain$/i;
const SECRET_TEXT = [
  { why: 'a private key or certificate', re: /-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)-----/ },
  { why: 'a signing variable with a value', re: /\b(WIN_)?(CSC_LINK|CSC_KEY_PASSWORD|CSC_NAME)\s*[:=]\s*\S/ },
  { why: 'an Apple notarisation variable with a value', re: /\bAPPLE_(ID|APP_SPECIFIC_PASSWORD|TEAM_ID|API_KEY|API_KEY_ID|API_ISSUER|KEYCHAIN|KEYCHAIN_PROFILE)\s*[:=]\s*\S/ },
];

/** Dotted paths of keys anywhere in the config whose name says they hold a secret. */
function secretKeys(value, at = '') {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const here = Array.isArray(value) ? `${at}[${key}]` : at ? `${at}.${key}` : key;
    return [...(SECRET_KEY.test(key) && !Array.isArray(value) ? [here] : []), ...secretKeys(inner, here)];
  });
}

/** Rules about signing secrets, on the file's text (comments included) and on the parsed config. */
function secretRules(config, text) {
  const problems = [];
  for (const key of secretKeys(config)) problems.push(`${key}: signing secrets never go into the configuration; set CSC_LINK / CSC_KEY_PASSWORD (or APPLE_*) in the environment`);
  for (const { why, re } of SECRET_TEXT) if (re.test(text)) problems.push(`the file contains ${why}; signing comes from the environment only`);
  return problems;
}

/** Installer settings an administrator relies on (issue 9, Installers). */
function installerRules(config) {
  const problems = [];
  const nsis = config.nsis || {};
  if (nsis.oneClick !== false) problems.push('nsis.oneClick must be false (assisted installer with the install-mode page)');
  if (nsis.perMachine !== false) problems.push('nsis.perMachine must be false so the installer offers both all users and only me (true forces machine-wide)');
  if (nsis.selectPerMachineByDefault !== true) problems.push('nsis.selectPerMachineByDefault must be true (all users into Program Files is the default)');
  if (nsis.allowElevation === false) problems.push('nsis.allowElevation must not be false (all users from a normal account needs UAC)');
  if (nsis.deleteAppDataOnUninstall) problems.push('nsis.deleteAppDataOnUninstall must be false: uninstalling must never delete declarations');
  const msi = config.msi || {};
  if (msi.perMachine !== true) problems.push('msi.perMachine must be true (Group Policy installs per machine)');
  if (msi.upgradeCode !== MSI_UPGRADE_CODE) problems.push(`msi.upgradeCode must stay ${MSI_UPGRADE_CODE} (another code installs beside the deployed MSI instead of upgrading it)`);
  const win = config.win || {};
  for (const target of ['nsis', 'msi']) {
    const names = (Array.isArray(win.target) ? win.target : [win.target]).map((t) => (t && typeof t === 'object' ? t.target : t));
    if (!names.includes(target)) problems.push(`win.target must include ${target}`);
  }
  const mac = config.mac || {};
  if (mac.hardenedRuntime !== true) problems.push('mac.hardenedRuntime must be true (notarisation requires it)');
  if (mac.notarize === false) problems.push('mac.notarize must not be false (notarisation runs when APPLE_* variables are set)');
  if (config.electronDist) problems.push('electronDist must not be committed: it is only for scripts/pack-dir-check.mjs (a release downloads the real Electron)');
  const publish = Array.isArray(config.publish) ? config.publish : config.publish ? [config.publish] : [];
  if (publish.length !== 1 || publish[0].provider !== 'generic') {
    problems.push('publish must be one generic provider (the firm\'s gateway or a file share): it makes the build write latest.yml/beta.yml; github, s3 and the like need tokens and are not how Clearway updates');
  }
  if (config.asar === false) problems.push('asar must not be false (onlyLoadAppFromAsar and the asar integrity check need it)');
  return problems;
}

/** Settings whose absence would not break the schema but would break the product. */
function projectRules(config, projectDir) {
  const problems = [];
  if (config.npmRebuild !== false) problems.push('npmRebuild must be false (its rebuild compiles against Node headers; see electron-builder.yml)');
  for (const hook of ['beforePack', 'afterPack']) {
    // electron-builder resolves hook paths from the folder it runs in: the project folder.
    const file = typeof config[hook] === 'string' ? path.resolve(projectDir, config[hook]) : null;
    if (!file || !existsSync(file)) problems.push(`${hook} must name an existing hook file (got ${JSON.stringify(config[hook])})`);
  }
  const fuses = config.electronFuses || {};
  for (const [fuse, wanted] of Object.entries({ runAsNode: false, onlyLoadAppFromAsar: true, grantFileProtocolExtraPrivileges: false })) {
    if (fuses[fuse] !== wanted) problems.push(`electronFuses.${fuse} must be ${wanted}`);
  }
  return problems;
}

/** Every problem the project rules find; empty when the configuration is fine. */
function allRules(config, text, projectDir) {
  return [...projectRules(config, projectDir), ...installerRules(config), ...secretRules(config, text)];
}

module.exports = { MSI_UPGRADE_CODE, projectRules, installerRules, secretRules, allRules };
