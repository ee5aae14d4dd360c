'use strict';
// Reads openapi-exceptions.json: the places where the vendor's OpenAPI description is wrong, each with the
// vendor source file that shows what the portal really does. An exception must stay narrow, so each names its
// operations, what was checked, the status(es) of a response and a pattern of the validator's message that
// does not match everything; anything looser is refused. "aliases" are path prefixes the portal serves as
// well as the described ones (checked as the described path), each with its proof too.

const fs = require('fs');

const DIRECTIONS = ['route', 'request', 'security', 'response'];
// Paths inside the vendor repositories named in the file's "vendor" (DocSpace-server, CommunityServer, ...).
const SOURCE_PATTERN = /^[\w.-]+(\/[\w.@-]+)+\.\w+$/;

function refuse(index, why) {
  throw new Error(`openapi-exceptions.json, exception #${index}: ${why}`);
}

function checkEntry(entry, index) {
  if (!Array.isArray(entry.operations) || entry.operations.length === 0 ||
    entry.operations.some(name => typeof name !== 'string' || name === '' || name.includes('*'))) {
    refuse(index, '"operations" must list operationIds (or "METHOD /path" for a path the description lacks)');
  }
  if (!DIRECTIONS.includes(entry.direction)) refuse(index, `"direction" must be one of ${DIRECTIONS.join(', ')}`);
  const statuses = entry.status === undefined ? [] : [].concat(entry.status);
  if (entry.direction === 'response' && statuses.length === 0) refuse(index, 'a response exception names its "status"');
  if (statuses.some(status => !Number.isInteger(status))) refuse(index, '"status" must be a number or a list of them');
  let pattern;
  try {
    pattern = new RegExp(entry.message);
  } catch (error) {
    refuse(index, `"message" is not a regular expression: ${error.message}`);
  }
  if (typeof entry.message !== 'string' || pattern.test('')) {
    refuse(index, '"message" must be a pattern of the validator\'s message that does not match everything');
  }
  checkProof(entry, index);
  return { ...entry, index, pattern, statuses, used: 0 };
}

function checkProof(entry, index) {
  if (typeof entry.why !== 'string' || entry.why.trim().length < 20) refuse(index, '"why" must say what is wrong');
  const sources = [].concat(entry.source || []);
  if (sources.length === 0 || sources.some(source => typeof source !== 'string' || !SOURCE_PATTERN.test(source))) {
    refuse(index, '"source" must name the vendor source file(s) that prove it, e.g. web/ASC.Web.Api/Api/X.cs');
  }
}

function loadAliases(list) {
  const aliases = (list || []).map((alias, i) => {
    const index = `alias ${i + 1}`;
    if (typeof alias.prefix !== 'string' || typeof alias.same_as !== 'string' || !alias.prefix.startsWith('/') ||
      !alias.prefix.endsWith('/') || !alias.same_as.endsWith('/')) {
      refuse(index, '"prefix" and "same_as" must be path prefixes such as /api/2.0/oauth2/');
    }
    checkProof(alias, index);
    return alias;
  });
  // A path under an alias prefix is checked as the described path it stands for.
  aliases.resolve = requestPath => {
    const alias = aliases.find(candidate => requestPath.startsWith(candidate.prefix));
    return alias ? alias.same_as + requestPath.slice(alias.prefix.length) : requestPath;
  };
  return aliases;
}

function loadExceptions(file) {
  const document = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof document.vendor !== 'string' || !Array.isArray(document.exceptions)) {
    throw new Error('openapi-exceptions.json needs "vendor" (the repositories and tags read) and "exceptions"');
  }
  return {
    exceptions: document.exceptions.map((entry, i) => checkEntry(entry, i + 1)),
    aliases: loadAliases(document.aliases),
  };
}

// The first exception that covers the deviation, counted as used; undefined when none does.
function findException(exceptions, deviation) {
  const match = exceptions.find(exception =>
    exception.operations.includes(deviation.operation) &&
    exception.direction === deviation.direction &&
    (exception.statuses.length === 0 || exception.statuses.includes(deviation.status)) &&
    exception.pattern.test(deviation.message));
  if (match) match.used += deviation.count;
  return match;
}

module.exports = { loadExceptions, findException };
