/**
 * Moved to src/lib/pictograms/image.ts. Kept only for the import of src/components/FalcKeyFigureCards.astro,
 * which is being redesigned on another branch: once it imports src/lib/pictograms/, delete src/falc/.
 */
export * from '../lib/pictograms/image.ts';
