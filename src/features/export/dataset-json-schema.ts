/**
 * The JSON Schema of the exported dataset, generated from the app's own zod
 * schema when the reader exports, so the schema shipped with the data can
 * never drift from what the app accepts. (Generated at click time rather than
 * kept as a built file: nothing to regenerate, and the generator only loads
 * with the export.)
 */
import * as z from 'zod/mini';
import {
  agreementSchema,
  citationSchema,
  eventSchema,
  idSchema,
  leaderTermSchema,
  localizedSchema,
  participantSchema,
  partialDateSchema,
  sourceSchema,
} from '../../lib/dataset/schema';
import { venueSchema } from '../../lib/dataset/venues';

/** The dataset as one object: what the export's `data` holds. */
export const exportedDatasetSchema = z.strictObject({
  events: z.array(eventSchema),
  agreements: z.array(agreementSchema),
  leaderTerms: z.array(leaderTermSchema),
  sources: z.array(sourceSchema),
  /** The map's venues, when venues.json could be loaded. */
  venues: z.optional(z.array(venueSchema)),
});

// JSON Schema cannot express zod's refinements (a real calendar day, an end
// not before its start); these say in words and patterns what they check.
const PARTIAL_DATE_PATTERN = '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';

export function datasetJsonSchema(): Record<string, unknown> {
  // Named definitions instead of copies of the same shape in every field.
  const names = z.registry<{ id: string; description?: string }>();
  names.add(localizedSchema, {
    id: 'localized',
    description: 'Text in Japanese (as in the source) and English (a faithful translation).',
  });
  names.add(idSchema, { id: 'recordId' });
  names.add(partialDateSchema, {
    id: 'partialDate',
    description: 'A date at the precision the sources give: YYYY-MM-DD, YYYY-MM or YYYY.',
  });
  names.add(citationSchema, {
    id: 'citation',
    description: 'A source id from sources and where in that source the fact is found.',
  });
  names.add(participantSchema, { id: 'participant' });
  names.add(eventSchema, { id: 'event' });
  names.add(agreementSchema, { id: 'agreement' });
  names.add(leaderTermSchema, { id: 'leaderTerm' });
  names.add(sourceSchema, { id: 'source' });
  names.add(venueSchema, { id: 'venue' });

  return z.toJSONSchema(exportedDatasetSchema, {
    io: 'input',
    metadata: names,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === partialDateSchema) jsonSchema.pattern = PARTIAL_DATE_PATTERN;
      // Source URLs must be http(s); "format: uri" alone would allow javascript:.
      if (jsonSchema.format === 'uri') jsonSchema.pattern = '^https?://';
    },
  });
}
