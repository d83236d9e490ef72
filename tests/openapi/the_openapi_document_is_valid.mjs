// The OpenAPI document that a real `comdev serve` answers at /api/v1/openapi.json is valid
// OpenAPI 3.1 (the OpenAPI Initiative's schema, through @seriousme/openapi-schema-validator),
// each of its schemas compiles as JSON Schema 2020-12 (Ajv), and every example validates against
// its schema with Ajv too: a second, complete implementation beside the C++ subset validator of
// tests/http/api_reference_http_test.cpp. Prints one line per problem; exits 1 on any.
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import { startComdev } from '../browser/support/server.mjs';

const problems = [];
let server;
try {
  server = await startComdev();
  const res = await fetch(`${server.baseUrl}/api/v1/openapi.json`);
  if (res.status !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.status}`);
  const doc = await res.json();

  const result = await new Validator().validate(doc);
  if (!result.valid) problems.push(`not valid OpenAPI: ${JSON.stringify(result.errors, null, 1)}`);

  // Components are compiled as one schema document so "#/components/…" references resolve.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  ajv.addSchema({ $id: 'doc', components: doc.components });
  const compile = (where, schema) => {
    try {
      // References are written "#/components/…": point them at the document added above.
      const text = JSON.stringify(schema).replaceAll('"$ref":"#/', '"$ref":"doc#/');
      return ajv.compile(JSON.parse(text));
    } catch (e) {
      problems.push(`${where}: the schema does not compile: ${e.message}`);
      return null;
    }
  };
  let examples = 0;
  const checkMedia = (where, content = {}) => {
    for (const media of Object.values(content)) {
      if (!media.schema) continue;
      const validate = compile(where, media.schema);
      if (!validate || media.example === undefined) continue;
      examples += 1;
      if (!validate(media.example)) {
        problems.push(`${where}: example does not validate: ${ajv.errorsText(validate.errors)}`);
      }
    }
  };
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    compile(`components/schemas/${name}`, schema);
  }
  for (const [name, r] of Object.entries(doc.components.responses)) {
    checkMedia(`components/responses/${name}`, r.content);
  }
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      checkMedia(`${method} ${path} request`, op.requestBody?.content);
      for (const [status, r] of Object.entries(op.responses)) {
        checkMedia(`${method} ${path} ${status}`, r.content);
      }
    }
  }
  const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  if (operations < 29) problems.push(`only ${operations} operations: routes were lost`);
  console.log(`OpenAPI ${doc.openapi}: ${operations} operations, ${examples} examples checked`);
} catch (e) {
  problems.push(e.stack ?? String(e));
}
try {
  await server?.stop();
} catch (e) {
  problems.push(e.message);
}
for (const p of problems) console.error(`FAIL: ${p}`);
if (problems.length) process.exitCode = 1;
else console.log('ok');
