// Validates every object of a rendered manifest (the YAML files given as arguments) against its schema, offline:
// the Kubernetes API objects with npm's kubernetes-models, KEDA's ScaledObject and TriggerAuthentication with
// @kubernetes-models/keda, the Gateway API's HTTPRoute with @kubernetes-models/gateway-api. An object of a kind none
// of them knows is an error too, so nothing passes unchecked.
// Prints one line per object ("ok <kind> <name>" or "invalid <kind> <name>: <errors>"); exits 1 if any is invalid.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const packages = {
  "keda.sh": "@kubernetes-models/keda",
  "gateway.networking.k8s.io": "@kubernetes-models/gateway-api",
};

async function modelOf(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const root = packages[group] ?? "kubernetes-models";
  const path = group ? `${root}/${group}/${version}/${kind}` : `${root}/${version}/${kind}`;
  try {
    return (await import(path))[kind];
  } catch {
    return undefined;
  }
}

let invalid = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    const object = document.toJS();
    if (!object) continue;
    const name = `${object.kind} ${object.metadata?.namespace ?? ""}/${object.metadata?.name ?? "?"}`;
    if (object.kind === "Secret" && object.data) {
      // kubectl kustomize folds long base64 values over lines; the API server's decoder skips line breaks, the
      // schema's "byte" format does not.
      for (const key of Object.keys(object.data)) object.data[key] = String(object.data[key]).replace(/\s+/g, "");
    }
    const Model = await modelOf(object.apiVersion ?? "", object.kind ?? "");
    if (!Model) {
      invalid++;
      console.log(`invalid ${name}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
      console.log(`ok ${name}`);
    } catch (error) {
      invalid++;
      console.log(`invalid ${name}: ${error.message}`);
    }
  }
}
process.exit(invalid === 0 ? 0 : 1);
