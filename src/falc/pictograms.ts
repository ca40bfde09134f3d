/**
 * Moved to src/lib/pictograms/pictograms.ts. Kept only for the imports of src/components/ and src/schemas/,
 * which are being redesigned on another branch: once they import src/lib/pictograms/, delete src/falc/.
 */
export * from '../lib/pictograms/pictograms.ts';
