// Validates an OpenAPI document with @readme/openapi-parser (schema and specification rules, independent of the
// .NET library that wrote it), then each request body of a JSON list [{"name","method","path","body"}] against the
// document's requestBody schema of that operation with Ajv (JSON Schema 2020-12, OpenAPI 3.1's dialect).
// Usage: node validate.mjs openapi.json [requests.json]. Exit 0: all valid; 1: a finding (printed); 2: bad usage.
import { readFileSync } from 'node:fs';
import { validate } from '@readme/openapi-parser';
import Ajv2020 from 'ajv/dist/2020.js';

const [documentFile, requestsFile] = process.argv.slice(2);
if (!documentFile) {
  console.error('usage: node validate.mjs openapi.json [requests.json]');
  process.exit(2);
}

const document = JSON.parse(readFileSync(documentFile, 'utf8'));
const result = await validate(structuredClone(document));
if (!result.valid) {
  console.log(`invalid document: ${JSON.stringify(result.errors, null, 2)}`);
  process.exit(1);
}
console.log(`valid document: OpenAPI ${document.openapi}, ${Object.keys(document.paths).length} paths` +
  (result.warnings?.length ? `, warnings ${JSON.stringify(result.warnings)}` : ''));

if (!requestsFile) process.exit(0);

// OpenAPI's own keywords in schemas (discriminator, example) are annotations to a JSON Schema validator.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ ...document, $id: 'openapi.json' }, 'openapi.json');
let failures = 0;
for (const request of JSON.parse(readFileSync(requestsFile, 'utf8'))) {
  const operation = document.paths[request.path]?.[request.method.toLowerCase()];
  const media = operation?.requestBody?.content?.['application/json'];
  if (!media) {
    console.log(`invalid request ${request.name}: no JSON request body for ${request.method} ${request.path}`);
    failures++;
    continue;
  }
  const pointer = request.path.replaceAll('~', '~0').replaceAll('/', '~1').replaceAll('{', '%7B').replaceAll('}', '%7D');
  const check = ajv.getSchema(`openapi.json#/paths/${pointer}/${request.method.toLowerCase()}/requestBody/content/application~1json/schema`);
  if (check(request.body)) {
    console.log(`valid request ${request.name}`);
  } else {
    console.log(`invalid request ${request.name}: ${JSON.stringify(check.errors)}`);
    failures++;
  }
}
process.exit(failures === 0 ? 0 : 1);
