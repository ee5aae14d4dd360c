#!/usr/bin/env node
'use strict';
// The OpenAPI contract test. During the test suite the portal simulator writes every exchange it has with
// PortalKeys to JSON lines (tests/support/exchange_recorder.py); this script checks each of them against the
// vendor's OpenAPI description with Stoplight Prism's validator, the same functions `prism proxy --errors`
// runs: routing to an operation, the request (parameters, body against its media type, security) and the
// answer (documented status, media type, body, headers). Recording instead of a proxy in between is what
// lets the HTTPS tests with certificate pinning take part. Deviations that the vendor's own code proves to be
// errors of the description are listed in openapi-exceptions.json; any other deviation fails.
//
//   check-openapi.js --spec FILE --exceptions FILE --recordings DIR [--responses-only TEST]...
// --responses-only names a test whose requests are not PortalKeys' (the simulator's self-test sends broken
// requests on purpose): only the simulator's answers to it are checked.
// Exit 0: no unexplained deviation; 1: deviations (listed); 2: bad arguments or exceptions file; 77: skipped.

const fs = require('fs');
const path = require('path');
const { getHttpOperationsFromSpec } = require('@stoplight/prism-http');
const route = require('@stoplight/prism-http/dist/router').default;
const { validateInput, validateOutput, validateSecurity } = require('@stoplight/prism-http/dist/validator');
const { loadExceptions, findException } = require('./exceptions');

const SKIP = 77;
// Prism's severities: 0 error, 1 warning (e.g. an undocumented error status), 2 information, 3 hint.
// Prism's proxy fails only on errors; the contract counts warnings too, since an undocumented status is
// exactly where a generated description and the real portal part ways.
const COUNTED_SEVERITY = 1;
// A request the description calls invalid, answered with the refusal the portal gives for it, is the two
// agreeing (tests send such requests on purpose to see PortalKeys report the refusal), not a deviation.
const REFUSALS = { route: [404, 405], request: [400, 415, 422], security: [401, 403] };

function parseArguments(argv) {
  const options = { 'responses-only': [] };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!['spec', 'exceptions', 'recordings', 'responses-only'].includes(name) || argv[i + 1] === undefined) {
      throw new Error('usage: check-openapi.js --spec FILE --exceptions FILE --recordings DIR ' +
        `[--responses-only TEST]... (got ${argv[i]})`);
    }
    if (name === 'responses-only') options[name].push(argv[i + 1]);
    else options[name] = argv[i + 1];
  }
  for (const name of ['spec', 'exceptions', 'recordings']) {
    if (!options[name]) throw new Error(`--${name} is missing`);
  }
  return options;
}

// Every recorded exchange with the name of the test that made it (the folder the simulator wrote to).
function readRecordings(folder) {
  const exchanges = [];
  if (!fs.existsSync(folder)) return exchanges;
  for (const test of fs.readdirSync(folder).sort()) {
    const testFolder = path.join(folder, test);
    if (!fs.statSync(testFolder).isDirectory()) continue;
    for (const file of fs.readdirSync(testFolder).filter(name => name.endsWith('.jsonl'))) {
      const lines = fs.readFileSync(path.join(testFolder, file), 'utf8').split('\n');
      for (const line of lines.filter(text => text.trim() !== '')) exchanges.push({ test, ...JSON.parse(line) });
    }
  }
  return exchanges;
}

function bodyText(recorded) {
  if (!recorded) return '';
  return recorded.base64 !== undefined ? Buffer.from(recorded.base64, 'base64').toString('latin1') : recorded.text;
}

const isJson = contentType => /^application\/([\w.+-]*\+)?json\b/i.test(contentType || '');

// Bodies the way Prism's HTTP server hands them to the validator: JSON parsed, anything else as text.
function parseBody(text, contentType, problems, what) {
  if (text === '') return undefined;
  if (!isJson(contentType)) return text;
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push({ message: `${what} is declared as JSON but does not parse` });
    return text;
  }
}

function queryObject(queryString) {
  const query = {};
  for (const [name, value] of new URLSearchParams(queryString || '')) {
    if (query[name] === undefined) query[name] = value;
    else query[name] = [].concat(query[name], value);
  }
  return query;
}

function describeDiagnostics(diagnostics) {
  return diagnostics
    .filter(diagnostic => diagnostic.severity === undefined || diagnostic.severity <= COUNTED_SEVERITY)
    .map(diagnostic => ({
      message: (diagnostic.path && diagnostic.path.length ? diagnostic.path.join('.') + ': ' : '') + diagnostic.message,
    }));
}

const leftOf = either => (either._tag === 'Left' ? either.left : []);

// A path the description lacks, named without the ids in it so that one exception covers every app.
const UUID = /\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi;
const unmatchedOperation = exchange => `${exchange.method} ${exchange.path.replace(UUID, '/{id}')}`;

// What the validator says about one exchange, as deviations without any recorded value in them.
function checkExchange(operations, aliases, exchange, responsesOnly) {
  const deviations = [];
  const requestHeaders = exchange.request_headers || {};
  const requestProblems = [];
  const input = {
    method: exchange.method.toLowerCase(),
    url: { path: aliases.resolve(exchange.path), query: queryObject(exchange.query) },
    headers: requestHeaders,
    body: parseBody(bodyText(exchange.request_body), requestHeaders['content-type'], requestProblems, 'the request body'),
  };
  const base = { method: exchange.method, status: exchange.status };
  const routed = route({ resources: operations, input });
  if (routed._tag === 'Left') {
    const operation = unmatchedOperation(exchange);
    return [{ ...base, operation, path: operation.split(' ')[1], direction: 'route', message: routed.left.message }];
  }
  const operation = routed.right;
  const at = { ...base, operation: operation.iid || operation.id, path: operation.path };
  const add = (direction, problems) => problems.forEach(problem => deviations.push({ ...at, direction, ...problem }));
  if (!responsesOnly) {
    add('request', requestProblems);
    add('request', describeDiagnostics(leftOf(validateInput({ resource: operation, element: input }))));
    add('security', describeDiagnostics(leftOf(validateSecurity({ resource: operation, element: input }))));
  }
  // An injected fault (a test asked for a 503, a broken body, a redirect) is not the simulator's answer.
  if (exchange.fault) return deviations;
  const responseHeaders = exchange.response_headers || {};
  const responseProblems = [];
  const output = {
    statusCode: exchange.status,
    headers: responseHeaders,
    body: parseBody(bodyText(exchange.response_body), responseHeaders['content-type'], responseProblems,
      'the response body'),
  };
  add('response', responseProblems);
  add('response', describeDiagnostics(leftOf(validateOutput({ resource: operation, element: output }))));
  return deviations;
}

// The recordings hold the simulator's demo credentials; no message may quote one, whatever the validator says.
function secretsOf(exchange) {
  const found = new Set();
  const collect = value => {
    if (typeof value === 'string') {
      if (value.length >= 6) found.add(value);
    } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  const headers = exchange.request_headers || {};
  ['authorization', 'cookie', 'x-signature'].forEach(name => collect(headers[name]));
  collect(queryObject(exchange.query));
  const text = bodyText(exchange.request_body);
  try {
    collect(JSON.parse(text));
  } catch (error) {
    collect(Object.fromEntries(new URLSearchParams(text)));
  }
  return [...found].sort((a, b) => b.length - a.length);
}

function scrub(message, secrets) {
  return secrets.reduce((text, secret) => text.split(secret).join('***'), message);
}

function line(deviation) {
  const seen = `(${deviation.count}x; ${[...deviation.tests].join(', ')})`;
  if (deviation.direction === 'route') {
    return `${deviation.operation} (answered ${deviation.status}) [route] ${deviation.message}  ${seen}`;
  }
  const status = deviation.direction === 'response' ? ` -> ${deviation.status}` : ` (answered ${deviation.status})`;
  return `${deviation.operation} ${deviation.method} ${deviation.path}${status} [${deviation.direction}] ` +
    `${deviation.message}  ${seen}`;
}

// Every deviation of every exchange, merged by what it says, with how often and in which tests it was seen.
function collectDeviations(operations, aliases, exchanges, responsesOnly) {
  const found = new Map();
  const refused = new Map();
  const seen = { operations: new Set(), tests: new Set() };
  for (const exchange of exchanges) {
    seen.tests.add(exchange.test);
    const secrets = secretsOf(exchange);
    for (const deviation of checkExchange(operations, aliases, exchange, responsesOnly.includes(exchange.test))) {
      // An injected fault's status says nothing about how the portal would treat the request.
      const isRefusal = !exchange.fault && (REFUSALS[deviation.direction] || []).includes(deviation.status);
      const into = isRefusal ? refused : found;
      deviation.message = scrub(deviation.message, secrets);
      const key = JSON.stringify([deviation.operation, deviation.direction, deviation.method, deviation.path,
        deviation.status, deviation.message]);
      const known = into.get(key) || { ...deviation, count: 0, tests: new Set() };
      known.count += 1;
      known.tests.add(exchange.test);
      into.set(key, known);
    }
    const routed = route({ resources: operations, input: { method: exchange.method.toLowerCase(),
      url: { path: aliases.resolve(exchange.path) } } });
    if (routed._tag === 'Right') seen.operations.add(routed.right.iid || routed.right.id);
  }
  return { deviations: [...found.values()], refused: [...refused.values()], seen };
}

const printSorted = list => list.map(line).sort().forEach(text => console.log('  ' + text));

function report(options, operations, exceptions, exchanges, { deviations, refused, seen }) {
  const unexplained = [];
  let explained = 0;
  for (const deviation of deviations) {
    if (findException(exceptions, deviation)) explained += deviation.count;
    else unexplained.push(deviation);
  }
  console.log(`OpenAPI contract: ${exchanges.length} exchanges from ${seen.tests.size} tests, ` +
    `${seen.operations.size} operations of ${operations.length} in ${path.basename(options.spec)}; ` +
    `${explained} deviations explained by ${path.basename(options.exceptions)}.`);
  if (refused.length) {
    console.log('Requests the description calls invalid, refused by the simulator as the portal refuses them:');
    printSorted(refused);
  }
  const unused = exceptions.filter(exception => exception.used === 0);
  if (unused.length) {
    console.log('Exceptions no exchange needed in this run (a test skipped, or the simulator changed): ' +
      unused.map(exception => `#${exception.index}`).join(', '));
  }
  if (unexplained.length === 0) return 0;
  console.log(`\n${unexplained.length} deviations from the OpenAPI description that no exception explains ` +
    '(operation, method, path, status, [what was checked], the validator\'s message):');
  printSorted(unexplained);
  console.log('\nA simulator or PortalKeys bug: fix it. An error of the description: add an exception with the ' +
    `vendor source file that proves it to ${options.exceptions}. The recordings stay in ${options.recordings} ` +
    '(private; they hold the simulator\'s demo credentials).');
  return 1;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!fs.existsSync(options.spec)) {
    console.log(`SKIP: the vendor's OpenAPI description ${options.spec} is not there (it lives in shared/spec ` +
      'beside the clone).');
    return SKIP;
  }
  const { exceptions, aliases } = loadExceptions(options.exceptions);
  const exchanges = readRecordings(options.recordings);
  if (exchanges.length === 0) {
    console.log(`No exchanges were recorded in ${options.recordings}: run the contract test together with the ` +
      'tests that use the portal simulator (ctest -L contract).');
    return process.env.CI === 'true' ? 1 : SKIP;
  }
  const operations = await getHttpOperationsFromSpec(options.spec);
  const result = report(options, operations, exceptions, exchanges,
    collectDeviations(operations, aliases, exchanges, options['responses-only']));
  if (result === 0) fs.rmSync(options.recordings, { recursive: true, force: true });
  return result;
}

main().then(code => process.exit(code), error => {
  console.log(`check-openapi: ${error.message}`);
  process.exit(2);
});
