// Copies bpmn-js's prebuilt modeler and its styles into the bundle's web/vendor folder, which the
// bundle ships: the editor never fetches anything at run time.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'node_modules', 'bpmn-js', 'dist');
const vendor = join(here, '..', 'web', 'vendor');
rmSync(vendor, { recursive: true, force: true });
mkdirSync(vendor, { recursive: true });
cpSync(join(dist, 'bpmn-modeler.production.min.js'), join(vendor, 'bpmn-modeler.production.min.js'));
cpSync(join(dist, 'assets'), join(vendor, 'assets'), { recursive: true });
cpSync(join(here, 'node_modules', 'bpmn-js', 'LICENSE'), join(vendor, 'LICENSE-bpmn-js'));
console.log('bpmn-js copied to ' + vendor);
