/** `npm run schemas`: writes the front matter JSON Schemas to .vscode/schemas/ (see src/lib/json-schemas.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemaFiles } from '../src/lib/json-schemas.ts';

mkdirSync('.vscode/schemas', { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) writeFileSync(`.vscode/schemas/${name}`, text);
console.log('Schémas écrits dans .vscode/schemas/.');
